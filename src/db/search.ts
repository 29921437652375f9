import { SearchIndex } from '../core/search/search-index';
import type { Interaction } from '../shared/interaction';
import type { RapportDb } from './database';

interface Cache {
  index?: SearchIndex;
  building?: Promise<SearchIndex>;
  /** People written since the index last saw them: re-read and re-indexed before the next search. */
  changed: Set<string>;
}

const REBUILD_AFTER = 1000;

const caches = new WeakMap<RapportDb, Cache>();

/**
 * Every write to a person or an interaction marks that person changed, wherever in Rapport it is made,
 * so the index is brought up to date one person at a time rather than rebuilt. The hooks fire for
 * writes that are later rolled back too; re-reading such a person is harmless.
 */
function watch(db: RapportDb, cache: Cache) {
  const mark = (url: unknown) => {
    if (typeof url === 'string') cache.changed.add(url);
  };
  db.contacts.hook('creating', (key) => mark(key));
  db.contacts.hook('updating', (_mods, key) => mark(key));
  db.contacts.hook('deleting', (key) => mark(key));
  db.interactions.hook('creating', (_key, obj) => mark(obj.contactUrl));
  db.interactions.hook('updating', (mods, _key, obj) => {
    mark(obj.contactUrl);
    mark((mods as Partial<Interaction>).contactUrl);
  });
  db.interactions.hook('deleting', (_key, obj) => mark(obj?.contactUrl));
}

function cacheFor(db: RapportDb): Cache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { changed: new Set() };
    caches.set(db, cache);
    watch(db, cache);
  }
  return cache;
}

async function build(db: RapportDb, cache: Cache): Promise<SearchIndex> {
  cache.changed.clear();
  const index = new SearchIndex();
  await db.transaction('r', db.contacts, db.interactions, async () => {
    const notes = new Map<string, Interaction[]>();
    await db.interactions.each((i) => {
      if (!i.note?.trim()) return;
      const list = notes.get(i.contactUrl);
      if (list) list.push(i);
      else notes.set(i.contactUrl, [i]);
    });
    await db.contacts.each((c) => index.setContact(c, notes.get(c.url) ?? []));
  });
  return index;
}

async function refresh(db: RapportDb, index: SearchIndex, urls: string[]) {
  await db.transaction('r', db.contacts, db.interactions, async () => {
    for (const url of urls) {
      const contact = await db.contacts.get(url);
      if (!contact) {
        index.removeContact(url);
        continue;
      }
      index.setContact(contact, await db.interactions.where('contactUrl').equals(url).toArray());
    }
  });
}

/**
 * The search index, current with the database. It is built on the first search after the background
 * starts (the worker may have been stopped: nothing here has to survive), then kept up to date with the
 * people that changed.
 */
export async function searchIndex(db: RapportDb): Promise<SearchIndex> {
  const cache = cacheFor(db);
  // After an import or a deletion of everything, building afresh is quicker than one person at a time.
  if (cache.changed.size > REBUILD_AFTER) cache.index = undefined;
  if (!cache.index) {
    cache.building ??= build(db, cache).finally(() => {
      cache.building = undefined;
    });
    cache.index = await cache.building;
  }
  if (cache.changed.size) {
    const urls = [...cache.changed];
    cache.changed.clear();
    await refresh(db, cache.index, urls);
  }
  return cache.index;
}
