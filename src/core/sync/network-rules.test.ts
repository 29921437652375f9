import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maySocketReach, SYNC_RULE_IDS, serverRegex, syncNetworkRules } from './network-rules';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';

/** What the browser would decide for one request the extension starts, by the rules' priorities. */
function allowed(
  rules: ReturnType<typeof syncNetworkRules>,
  url: string,
  type: 'websocket' | 'xmlhttprequest',
) {
  const matching = rules
    .filter((r) => r.condition.resourceTypes.includes(type))
    .filter((r) => !r.condition.regexFilter || new RegExp(r.condition.regexFilter).test(url))
    .sort((a, b) => b.priority - a.priority);
  return matching[0]?.action.type !== 'block';
}

const host = fc.oneof(fc.constantFrom('127.0.0.1', 'localhost'), fc.domain());
const port = fc.integer({ min: 1, max: 65535 });

describe('the network rules that narrow the CSP to the one sync server', () => {
  it('block every WebSocket and XHR the extension starts while sync is off', () => {
    fc.assert(
      fc.property(host, port, (h, p) => {
        const rules = syncNetworkRules(EXTENSION);
        expect(allowed(rules, `ws://${h}:${p}/`, 'websocket')).toBe(false);
        expect(allowed(rules, `wss://${h}/`, 'websocket')).toBe(false);
        expect(allowed(rules, `https://${h}/`, 'xmlhttprequest')).toBe(false);
      }),
    );
  });

  it('allow the saved server and nothing else: not another port, host, scheme or a look-alike host', () => {
    fc.assert(
      fc.property(host, port, port, (h, p, other) => {
        fc.pre(p !== other && p !== 80 && p !== 443);
        const rules = syncNetworkRules(EXTENSION, `ws://${h}:${p}`);
        expect(allowed(rules, `ws://${h}:${p}/`, 'websocket')).toBe(true);
        expect(allowed(rules, `ws://${h}:${p}/doc?x=1`, 'websocket')).toBe(true);
        expect(allowed(rules, `ws://${h}:${other}/`, 'websocket')).toBe(false);
        expect(allowed(rules, `ws://${h}:${p}0/`, 'websocket')).toBe(false);
        expect(allowed(rules, `ws://${h}.evil.example:${p}/`, 'websocket')).toBe(false);
        expect(allowed(rules, `ws://x${h}:${p}/`, 'websocket')).toBe(false);
        expect(allowed(rules, `wss://${h}:${p}/`, 'websocket')).toBe(false);
        // Only sync's WebSocket: an XHR to the same address stays blocked.
        expect(allowed(rules, `http://${h}:${p}/`, 'xmlhttprequest')).toBe(false);
      }),
    );
  });

  it('reads a default port the way the browser writes the request: left out', () => {
    const rules = syncNetworkRules(EXTENSION, 'wss://sync.example.org:443');
    expect(allowed(rules, 'wss://sync.example.org/', 'websocket')).toBe(true);
    expect(allowed(rules, 'wss://sync.example.org:8443/', 'websocket')).toBe(false);
    expect(serverRegex('wss://Sync.Example.org')).toBe(serverRegex('wss://sync.example.org/'));
  });

  it('apply to this extension’s own requests only, under the ids they own', () => {
    const rules = syncNetworkRules(EXTENSION, 'ws://127.0.0.1:1234');
    for (const rule of rules) expect(rule.condition.initiatorDomains).toEqual([EXTENSION]);
    expect(rules.map((r) => r.id).every((id) => (SYNC_RULE_IDS as readonly number[]).includes(id))).toBe(
      true,
    );
  });
});

describe('the worker’s own check of a WebSocket’s address', () => {
  it('agrees with the rules: the saved server only, none with sync off', () => {
    fc.assert(
      fc.property(host, port, port, (h, p, other) => {
        fc.pre(p !== other && p !== 80 && p !== 443);
        expect(maySocketReach(`ws://${h}:${p}`, undefined)).toBe(false);
        expect(maySocketReach(`ws://${h}:${p}`, `ws://${h}:${p}`)).toBe(true);
        expect(maySocketReach(`ws://${h}:${p}/`, `ws://${h}:${p}`)).toBe(true);
        expect(maySocketReach(`ws://${h}:${other}`, `ws://${h}:${p}`)).toBe(false);
        expect(maySocketReach(`ws://${h}.evil.example:${p}`, `ws://${h}:${p}`)).toBe(false);
      }),
    );
    expect(maySocketReach('not a url', 'ws://127.0.0.1:1234')).toBe(false);
    expect(maySocketReach('wss://sync.example.org:443/x', 'wss://sync.example.org')).toBe(true);
  });
});
