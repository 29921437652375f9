import browser from 'webextension-polyfill';
import { EXPORT_PORT, type ExportPortMessage } from '../../shared/protocol';

export type Progress = (done: number, total: number) => void;

/**
 * The whole export as a Blob, read from the background over a port in pieces, so a file larger than any
 * one message (64 MiB) still exports. A port closed before `done` (the worker stopped) is an error the
 * page shows, never a half file.
 */
export function readExport(onProgress: Progress): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: EXPORT_PORT });
    const pieces: string[] = [];
    let total = 0;
    let done = 0;
    let finished = false;
    port.onMessage.addListener((raw: unknown) => {
      const message = raw as ExportPortMessage;
      if (message.kind === 'total') {
        total = message.records;
        onProgress(0, total);
      } else if (message.kind === 'piece') {
        pieces.push(message.text);
        done += message.records;
        onProgress(done, total);
      } else {
        finished = true;
        port.disconnect();
        if (message.kind === 'done') resolve(new Blob(pieces, { type: 'application/json' }));
        else reject(new Error(`The export failed: ${message.error}`));
      }
    });
    port.onDisconnect.addListener(() => {
      if (!finished) reject(new Error('The export stopped before it finished. Try again.'));
    });
  });
}
