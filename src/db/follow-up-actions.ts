import { dismiss, markDone, newActionItem, snooze } from '../core/follow-ups/follow-up-records';
import type { FollowUpRecord } from '../shared/interaction';
import type { FollowUpAction } from '../shared/protocol';
import type { FollowUpSettings } from '../shared/settings';
import type { RapportDb } from './database';
import { REFRESH_TABLES, refreshContact } from './follow-up-store';

/** Done, dismiss, snooze or reopen one follow-up; the decision is stored and the contact recomputed. */
export async function actOnFollowUp(
  db: RapportDb,
  action: FollowUpAction,
  settings: FollowUpSettings,
  now: number,
): Promise<{ contactUrl: string }> {
  return db.transaction('rw', REFRESH_TABLES, async () => {
    const contact = await db.contacts.get(action.contactUrl);
    if (!contact) throw new Error('That person is no longer saved');
    if (action.action === 'reopen') {
      const stored = await db.followUps.get(action.id);
      if (stored?.kind === 'action-item') {
        const { snoozedUntil: _, ...rest } = stored;
        await db.followUps.put({ ...rest, status: 'open', updatedAt: now });
      } else if (stored) await db.followUps.delete(action.id);
    } else {
      const followUp = contact.followUps.find((f) => f.id === action.id);
      if (!followUp) throw new Error('That follow-up is no longer open');
      let record: FollowUpRecord;
      if (action.action === 'snooze') record = snooze(followUp, action.until, now);
      else if (action.action === 'done') record = markDone(followUp, now);
      else record = dismiss(followUp, now);
      await db.followUps.put(record);
    }
    await refreshContact(db, contact.url, settings, now);
    return { contactUrl: contact.url };
  });
}

/** Adds an action item ("send my portfolio by Friday"), or edits one. */
export async function saveActionItem(
  db: RapportDb,
  input: { contactUrl: string; title: string; dueAt: number; id?: string; advice?: string },
  settings: FollowUpSettings,
  now: number,
): Promise<FollowUpRecord> {
  return db.transaction('rw', REFRESH_TABLES, async () => {
    if (!(await db.contacts.get(input.contactUrl))) throw new Error('That person is no longer saved');
    const existing = input.id ? await db.followUps.get(input.id) : undefined;
    if (input.id && (existing?.kind !== 'action-item' || existing.contactUrl !== input.contactUrl)) {
      throw new Error('That action item no longer exists');
    }
    const record: FollowUpRecord = existing
      ? { ...existing, title: input.title, dueAt: input.dueAt, updatedAt: now }
      : newActionItem({
          contactUrl: input.contactUrl,
          key: crypto.randomUUID(),
          title: input.title,
          dueAt: input.dueAt,
          now,
        });
    const withAdvice = input.advice ? { ...record, advice: input.advice } : record;
    await db.followUps.put(withAdvice);
    await refreshContact(db, input.contactUrl, settings, now);
    return withAdvice;
  });
}

/** One person's action items, open and done, most recently changed first. */
export async function listActionItems(db: RapportDb, contactUrl: string): Promise<FollowUpRecord[]> {
  const records = await db.followUps.where('contactUrl').equals(contactUrl).toArray();
  return records.filter((r) => r.kind === 'action-item').sort((a, b) => b.updatedAt - a.updatedAt);
}
