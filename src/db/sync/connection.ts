import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';

export interface ConnectOptions {
  /** The server's WebSocket address, ws://127.0.0.1:1234 or wss://… */
  url: string;
  token: string;
  documentName: string;
  /** Node has no WebSocket before version 22: tests and the benchmark pass the `ws` package's. */
  WebSocketPolyfill?: unknown;
  /**
   * Called before each message from the server is applied to the doc, so local changes still waiting
   * (see SyncEngine.flush) go in first.
   */
  beforeIncoming?: () => void;
  onSynced?: () => void;
  onStatus?: (status: 'connecting' | 'connected' | 'disconnected') => void;
  onAuthenticationFailed?: (reason: string) => void;
}

export interface SyncConnection {
  /** Resolves once the server and this device have exchanged what the other lacked. */
  readonly synced: Promise<void>;
  isSynced(): boolean;
  close(): void;
}

/**
 * An MV3 service worker with an open WebSocket is stopped after 30 s without a message; one small message
 * every 20 s keeps it running while sync is on.
 */
export const KEEP_ALIVE_MS = 20_000;

/** The name of the one doc a user's devices share on a server: derived from the secret, so one server can keep several people's data apart. */
export async function documentNameFor(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`rapport:${token}`));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `rapport-${hex.slice(0, 24)}`;
}

/** Connects the doc to a Hocuspocus server; reconnects on its own after the network drops. */
export function connectDoc(doc: Y.Doc, options: ConnectOptions): SyncConnection {
  let synced = false;
  let markSynced: () => void = () => undefined;
  const syncedPromise = new Promise<void>((resolve) => {
    markSynced = resolve;
  });
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    maxDelay: 10_000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName,
    document: doc,
    token: options.token,
    // Presence is for editors showing cursors; Rapport has none, and it would add traffic.
    awareness: null,
    onSynced: ({ state }) => {
      if (!state) return;
      synced = true;
      markSynced();
      options.onSynced?.();
    },
    onStatus: ({ status }) => options.onStatus?.(status as 'connecting' | 'connected' | 'disconnected'),
    onAuthenticationFailed: ({ reason }) => options.onAuthenticationFailed?.(reason),
  });
  // The provider announces each message before it applies it: the moment to put waiting writes in.
  provider.on('message', () => options.beforeIncoming?.());
  provider.attach();
  const keepAlive = setInterval(() => {
    if (socket.status === 'connected') provider.sendStateless('keep-alive');
  }, KEEP_ALIVE_MS);
  return {
    synced: syncedPromise,
    isSynced: () => synced && !provider.hasUnsyncedChanges,
    close: () => {
      clearInterval(keepAlive);
      provider.destroy();
      socket.destroy();
    },
  };
}
