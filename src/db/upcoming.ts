import { isOverdue } from '../core/follow-ups/follow-ups';
import { upcomingList, upcomingUntil } from '../core/follow-ups/upcoming';
import type { DueItem } from '../shared/protocol';
import type { RapportDb } from './database';

/** Overdue, today and the next `days` days: one range read of the due queue's index, as the due list does. */
export async function listUpcoming(db: RapportDb, now: number, days: number): Promise<DueItem[]> {
  const rows = await db.dueQueue.where('dueAt').belowOrEqual(upcomingUntil(now, days)).toArray();
  const names = new Map(rows.map((r) => [r.contactUrl, r.contactName]));
  return upcomingList(
    rows.map((r) => r.followUp),
    now,
    days,
  ).map((followUp) => ({
    followUp,
    contactName: names.get(followUp.contactUrl) ?? followUp.contactUrl,
    overdue: isOverdue(followUp, now),
  }));
}
