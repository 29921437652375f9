/**
 * `npm run sync-server`: the sync server for Rapport, Hocuspocus on 127.0.0.1 with the secret check and a
 * SQLite file. Settings come from the environment:
 *   RAPPORT_SYNC_TOKEN  the shared secret (else one is made and kept in <file>.token)
 *   RAPPORT_SYNC_PORT   default 1234
 *   RAPPORT_SYNC_FILE   default ./rapport-sync.sqlite
 *   RAPPORT_SYNC_ADDRESS default 127.0.0.1: keep it; put a TLS proxy in front to reach it from elsewhere
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSyncServer } from './lib/sync-server';

const file = resolve(process.env.RAPPORT_SYNC_FILE ?? 'rapport-sync.sqlite');
const tokenFile = `${file}.token`;

function secret(): string {
  const given = process.env.RAPPORT_SYNC_TOKEN?.trim();
  if (given) return given;
  if (existsSync(tokenFile)) return readFileSync(tokenFile, 'utf8').trim();
  const made = randomBytes(24).toString('base64url');
  writeFileSync(tokenFile, `${made}\n`, { mode: 0o600 });
  return made;
}

const token = secret();
if (token.length < 8) throw new Error('RAPPORT_SYNC_TOKEN must be at least 8 characters.');
const server = await startSyncServer({
  port: Number(process.env.RAPPORT_SYNC_PORT ?? 1234),
  address: process.env.RAPPORT_SYNC_ADDRESS ?? '127.0.0.1',
  token,
  file,
});
console.log(`Rapport sync server at ${server.url}`);
console.log(`Data: ${file}`);
console.log(
  process.env.RAPPORT_SYNC_TOKEN
    ? 'Secret: from RAPPORT_SYNC_TOKEN'
    : `Secret (enter it in Options → Sync in each browser): ${token}\n  kept in ${tokenFile}`,
);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
