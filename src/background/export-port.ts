import type { RapportDb } from '../db/database';
import { writeExport } from '../db/export';
import type { ExportPortMessage } from '../shared/protocol';
import { type SenderInfo, type SenderPolicy, senderAllowed } from './router';

/** The part of runtime.Port the export uses. */
export interface ExportPort {
  sender?: { id?: string; url?: string };
  postMessage(message: ExportPortMessage): void;
  disconnect(): void;
}

/**
 * Streams the export to one of Rapport's pages over a port, in pieces, from one read transaction.
 * Only Rapport's own pages may ask (the same rule as for `ui:` messages).
 */
export async function serveExport(port: ExportPort, db: RapportDb, policy: SenderPolicy, now: number) {
  const sender: SenderInfo = {
    ...(port.sender?.id !== undefined ? { id: port.sender.id } : {}),
    ...(port.sender?.url !== undefined ? { url: port.sender.url } : {}),
  };
  if (!senderAllowed('ui:exportData', sender, policy)) {
    port.disconnect();
    return;
  }
  try {
    await writeExport(db, new Date(now), {
      total: (records) => port.postMessage({ kind: 'total', records }),
      piece: (text, records) => port.postMessage({ kind: 'piece', text, records }),
    });
    port.postMessage({ kind: 'done' });
  } catch (error) {
    port.postMessage({ kind: 'error', error: error instanceof Error ? error.message : String(error) });
  }
}
