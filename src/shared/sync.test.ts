import { describe, expect, it } from 'vitest';
import { syncAddressProblem, syncOriginPattern } from './sync';

describe('sync addresses', () => {
  it('allows plain ws:// only to this computer, and wss:// anywhere', () => {
    expect(syncAddressProblem('ws://127.0.0.1:1234')).toBeUndefined();
    // The CSP names 127.0.0.1 only, where the server listens; localhost may resolve to ::1.
    expect(syncAddressProblem('ws://localhost:9000/')).toMatch(/ws:\/\/127\.0\.0\.1:9000/);
    expect(syncAddressProblem('ws://[::1]:9000/')).toMatch(/wss/);
    expect(syncAddressProblem('wss://sync.example.org')).toBeUndefined();
    expect(syncAddressProblem('ws://sync.example.org')).toMatch(/wss/);
    expect(syncAddressProblem('ws://192.168.1.5:1234')).toMatch(/wss/);
    expect(syncAddressProblem('https://sync.example.org')).toMatch(/ws:\/\//);
    expect(syncAddressProblem('not an address')).toMatch(/not an address/);
  });

  it('asks for the host permission Chrome can express for the address', () => {
    expect(syncOriginPattern('ws://127.0.0.1:1234')).toBe('http://127.0.0.1/*');
    expect(syncOriginPattern('wss://sync.example.org:8443/rapport')).toBe('https://sync.example.org/*');
  });
});
