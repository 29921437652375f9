import { describe, expect, it } from 'vitest';
import { refusePageSockets } from './refuse-sockets';

class FakeSocket {
  static readonly OPEN = 1;
  constructor(readonly url: string) {}
}

describe('a page refuses every WebSocket', () => {
  it('throws before any connection, for any address, and keeps the constants', () => {
    const scope = { WebSocket: FakeSocket as unknown as typeof WebSocket };
    refusePageSockets(scope);
    for (const url of ['ws://127.0.0.1:1234', 'wss://sync.example.org', 'ws://localhost'])
      expect(() => new scope.WebSocket(url)).toThrow(/do not connect/);
    expect(scope.WebSocket.OPEN).toBe(1);
    // Twice is once: the wrapped constructor is not wrapped again.
    const wrapped = scope.WebSocket;
    refusePageSockets(scope);
    expect(scope.WebSocket).toBe(wrapped);
  });
});
