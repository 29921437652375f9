/** What the options page shows about sync; the secret never leaves the background. */
export interface SyncStatus {
  enabled: boolean;
  /** The server's WebSocket address, when sync is set up. */
  url?: string;
  connection: 'off' | 'connecting' | 'connected' | 'disconnected' | 'refused';
  /** When this browser and the server last had the same data. */
  lastSyncedAt?: number;
  /** The latest changes, newest first. */
  changes: SyncChange[];
  error?: string;
}

export interface SyncChange {
  at: number;
  /** Made here and sent, or made in another browser and applied here. */
  from: 'here' | 'elsewhere';
  /** How many records of each kind changed, e.g. { contacts: 2, interactions: 1 }. */
  counts: Record<string, number>;
}

/**
 * Addresses sync may use: plain ws:// only to 127.0.0.1 (this computer), anything else over TLS. The
 * same as the CSP's connect-src (manifest.config.ts), so an address accepted here can connect.
 */
export function syncAddressProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'That is not an address: it looks like ws://127.0.0.1:1234 or wss://sync.example.org';
  }
  if (parsed.protocol === 'wss:') return undefined;
  if (parsed.protocol !== 'ws:') return 'The address must start with ws:// (this computer) or wss:// (TLS).';
  if (parsed.hostname === 'localhost')
    return `Use ws://127.0.0.1${parsed.port ? `:${parsed.port}` : ''} for a server on this computer: that is where it listens.`;
  if (parsed.hostname !== '127.0.0.1')
    return 'Unencrypted ws:// is only for a server on this computer; use wss:// (TLS) for any other.';
  return undefined;
}

/** The host permission a server address needs: Chrome's match patterns name http(s), not ws(s). */
export function syncOriginPattern(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol === 'wss:' ? 'https' : 'http'}://${parsed.hostname}/*`;
}
