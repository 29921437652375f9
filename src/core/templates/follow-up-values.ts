import type { FollowUp, FollowUpRecord, Interaction } from '../../shared/interaction';
import type { TemplateKind } from '../../shared/template';
import { advicePieces } from '../journal/advice-entries';
import type { TemplateValues } from './templates';

/** The most points a thank-you names: more reads as a transcript. */
const MOST_POINTS = 3;

/**
 * "Get the AWS cert." → "get the AWS cert", to sit inside a sentence. "AWS …" keeps its capitals, and so
 * does a name ("Priya Raman, who…"): two capitalised words in a row are taken for one.
 */
export function inSentence(text: string): string {
  const t = text.trim().replace(/[.!;:,\s]+$/, '');
  const looksLikeName = /^\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}/u.test(t);
  return /^\p{Lu}\p{Ll}/u.test(t) && !looksLikeName ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const newest = <T extends { at: number }>(list: readonly T[]) => [...list].sort((a, b) => b.at - a.at);

/**
 * What the follow-up emails say about this person beyond their profile: the points the user marked in
 * the last meeting, the advice they will act on (or acted on), what they did about it, and what the last
 * exchange was about. Blank when Rapport does not know, so the template leaves that sentence out.
 */
export function followUpValues(
  interactions: readonly Interaction[],
  actionItems: readonly FollowUpRecord[],
): TemplateValues {
  const byTime = newest(interactions);
  const meeting = byTime.find((i) => i.kind === 'meeting-held');
  const meetingAdvice = meeting ? advicePieces(meeting).map((p) => p.text) : [];
  const marked = (meeting?.points ?? []).filter((p) => p.trim()).slice(0, MOST_POINTS);
  const points = marked.length > 0 ? marked : meetingAdvice.slice(0, 1);

  const items = [...actionItems]
    .filter((r) => r.kind === 'action-item')
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const done = items.find((r) => r.status === 'done' && r.title?.trim());
  const linked = items.find((r) => r.advice?.trim());
  const advice =
    done?.advice ?? linked?.advice ?? meetingAdvice.find((a) => !points.includes(a)) ?? meetingAdvice[0];

  const last = byTime.find((i) => (i.points?.length ?? 0) > 0 || advicePieces(i).length > 0);
  const lastText = last?.points?.[0] ?? (last ? advicePieces(last)[0]?.text : undefined);

  return {
    // Quoted: a note is the user's words, a verb as often as a noun, and reads right only as a quotation.
    'meeting.point': points.length > 0 ? listed(points.map((p) => `“${inSentence(p)}”`)) : undefined,
    'meeting.advice': advice ? `“${inSentence(advice)}”` : undefined,
    'update.actedOn': done?.title ? inSentence(done.title) : undefined,
    lastExchange: lastText ? inSentence(lastText) : undefined,
  };
}

/** Which template each due follow-up is written with. */
const TEMPLATE_FOR: Partial<Record<FollowUp['kind'], TemplateKind>> = {
  'thank-you': 'thank-you',
  'reply-nudge': 'outreach',
  'keep-posted': 'keep-posted',
  'check-in': 'check-in',
};

/** An email the user owes this person, and since when: a draft saved before then was for something else. */
export interface OwedEmail {
  kind: TemplateKind;
  since: number;
}

/**
 * The email the user owes this person now: the thank-you after a meeting before anything else, then the
 * earliest due; undefined when nothing is owed (the draft is then the outreach).
 */
export function owedEmail(followUps: readonly FollowUp[], now: number): OwedEmail | undefined {
  const owed = followUps
    // A thank-you is owed from the moment the meeting is logged, even while its planned end is ahead.
    .filter((f) => f.status === 'open' && TEMPLATE_FOR[f.kind] && (f.dueAt <= now || f.kind === 'thank-you'))
    .sort((a, b) => Number(b.kind === 'thank-you') - Number(a.kind === 'thank-you') || a.dueAt - b.dueAt);
  const first = owed[0];
  const kind = first && TEMPLATE_FOR[first.kind];
  return first && kind ? { kind, since: Math.min(first.dueAt, now) } : undefined;
}
