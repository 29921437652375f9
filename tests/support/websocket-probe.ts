import type { AddressInfo } from 'node:net';
import type { Worker } from 'playwright-core';
import { WebSocketServer } from 'ws';

/** A plain WebSocket server on a loopback port that counts who got through to it. */
export interface WebSocketProbe {
  url: string;
  connections(): number;
  close(): Promise<void>;
}

export async function startWebSocketProbe(): Promise<WebSocketProbe> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  let connections = 0;
  server.on('connection', () => connections++);
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Opens a WebSocket from the extension's worker or one of its pages: 'open' if it got through, 'refused' if not. */
export function openSocketFrom(worker: Pick<Worker, 'evaluate'>, url: string): Promise<'open' | 'refused'> {
  return worker.evaluate(
    (address) =>
      new Promise<'open' | 'refused'>((resolve) => {
        let socket: WebSocket;
        try {
          socket = new WebSocket(address);
        } catch {
          resolve('refused');
          return;
        }
        socket.onopen = () => {
          socket.close();
          resolve('open');
        };
        socket.onerror = () => resolve('refused');
        setTimeout(() => resolve('refused'), 5_000);
      }),
    url,
  );
}
