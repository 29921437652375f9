import { maySocketReach } from '../core/sync/socket-reach';

/**
 * The one server the worker's WebSockets may reach, or none. Kept in memory on purpose: a restarted
 * worker starts with none, and sync's resume() sets it from the sync store before it connects.
 */
let allowedServer: string | undefined;

export function allowSocketsTo(serverUrl: string | undefined): void {
  allowedServer = serverUrl;
}

/**
 * The CSP lets ws:// reach any loopback port and wss:// any host (it cannot name the saved server), so
 * the worker's WebSocket is wrapped: any address but the saved server throws before a connection is
 * tried, whichever code (Rapport's or a dependency's) asks. Installed once, at the worker's start.
 */
export function guardWorkerSockets(): void {
  const Native = globalThis.WebSocket;
  if (!Native || (Native as { rapportGuarded?: true }).rapportGuarded) return;
  const Guarded = new Proxy(Native, {
    construct(target, args: [string | URL, (string | string[])?], newTarget) {
      const url = String(args[0]);
      if (!maySocketReach(url, allowedServer))
        throw new DOMException(
          `Rapport may not connect to ${url}: only to the sync server.`,
          'SecurityError',
        );
      return Reflect.construct(target, args, newTarget);
    },
    get(target, key, receiver) {
      return key === 'rapportGuarded' ? true : Reflect.get(target, key, receiver);
    },
  });
  globalThis.WebSocket = Guarded;
}
