/// <reference types="vite/client" />
/**
 * Rapport's pages never open a WebSocket: sync runs in the background alone. The CSP cannot name the
 * one sync server (see manifest.config.ts), and the declarativeNetRequest rules that would block the
 * rest exist only where the user granted them, so each page refuses every socket itself, whichever code
 * (Rapport's or a dependency's) asks. Imported first by each page's entry, before anything else runs.
 */
export function refusePageSockets(scope: { WebSocket?: typeof WebSocket } = globalThis): void {
  const Native = scope.WebSocket;
  if (!Native || (Native as { rapportRefused?: true }).rapportRefused) return;
  scope.WebSocket = new Proxy(Native, {
    construct(_target, args: [string | URL, (string | string[])?]) {
      throw new DOMException(
        `Rapport's pages do not connect anywhere (asked for ${String(args[0])}).`,
        'SecurityError',
      );
    },
    get(target, key, receiver) {
      return key === 'rapportRefused' ? true : Reflect.get(target, key, receiver);
    },
  });
}

// `npm run dev` reloads pages over a WebSocket of its own; built pages have none.
if (!import.meta.env.DEV) refusePageSockets();
