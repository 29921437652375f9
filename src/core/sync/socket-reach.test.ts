import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maySocketReach, serverRegex } from './socket-reach';

const host = fc.oneof(fc.constant('127.0.0.1'), fc.domain());
const port = fc.integer({ min: 1, max: 65535 });

describe('the check that narrows the CSP to the one sync server', () => {
  it('lets no WebSocket open while sync is off', () => {
    fc.assert(
      fc.property(host, port, (h, p) => {
        expect(maySocketReach(`ws://${h}:${p}/`, undefined)).toBe(false);
        expect(maySocketReach(`wss://${h}/`, undefined)).toBe(false);
      }),
    );
  });

  it('allows the saved server and nothing else: not another port, host, scheme or a look-alike host', () => {
    fc.assert(
      fc.property(host, port, port, (h, p, other) => {
        fc.pre(p !== other && p !== 80 && p !== 443);
        const server = `ws://${h}:${p}`;
        expect(maySocketReach(`ws://${h}:${p}`, server)).toBe(true);
        expect(maySocketReach(`ws://${h}:${p}/doc?x=1`, server)).toBe(true);
        expect(maySocketReach(`ws://${h}:${other}/`, server)).toBe(false);
        expect(maySocketReach(`ws://${h}:${p}0/`, server)).toBe(false);
        expect(maySocketReach(`ws://${h}.evil.example:${p}/`, server)).toBe(false);
        expect(maySocketReach(`ws://x${h}:${p}/`, server)).toBe(false);
        expect(maySocketReach(`wss://${h}:${p}/`, server)).toBe(false);
        expect(maySocketReach(`http://${h}:${p}/`, server)).toBe(false);
      }),
    );
  });

  it('reads a default port the way the browser writes the address: left out', () => {
    expect(maySocketReach('wss://sync.example.org/', 'wss://sync.example.org:443')).toBe(true);
    expect(maySocketReach('wss://sync.example.org:443/x', 'wss://sync.example.org')).toBe(true);
    expect(maySocketReach('wss://sync.example.org:8443/', 'wss://sync.example.org:443')).toBe(false);
    expect(serverRegex('wss://Sync.Example.org')).toBe(serverRegex('wss://sync.example.org/'));
    expect(maySocketReach('not a url', 'ws://127.0.0.1:1234')).toBe(false);
  });
});
