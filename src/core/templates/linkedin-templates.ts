import type { Template } from '../../shared/template';
import type { PlaceholderName } from './template-syntax';
import { renderTemplate, type TemplateValues } from './templates';

/**
 * LinkedIn counts a connection note in UTF-16 code units, as its text box's maxlength does: an emoji
 * counts as two, an accented letter as one.
 */
export const CONNECTION_NOTE_LIMIT = 300;

/** The length LinkedIn's counter shows for a text. */
export function linkedInLength(text: string): number {
  return text.length;
}

/**
 * The outreach people send where they met the person: a connection note (a greeting and one short paragraph, under
 * LinkedIn's limit even with a long name and situation, since the note drops what does not fit) and a
 * longer message for someone already connected. Neither has a subject.
 */
export const LINKEDIN_TEMPLATES: readonly Template[] = [
  {
    id: 'builtin-connection-note',
    name: 'LinkedIn connection note',
    kind: 'connection-note',
    subject: '',
    body: 'Hi {{them.firstName|there}},\n\nI’m {{me.name}} — {{me.situation}}. {{referrer.name}} suggested I get in touch. I noticed {{commonGround}}. Could I ask you for {{me.callMinutes|20}} minutes of advice on {{me.targetField|your field}} sometime?',
    builtIn: true,
    updatedAt: 0,
  },
  {
    id: 'builtin-linkedin-message',
    name: 'LinkedIn message',
    kind: 'linkedin-message',
    subject: '',
    body: [
      'Hi {{them.firstName|there}},',
      '',
      '{{referrer.name}} suggested I get in touch. I’m {{me.name}} — {{me.situation}}.',
      '',
      'I’m writing because of your work at {{them.company}}. I noticed {{commonGround}}, so I’d especially value your perspective.',
      '',
      'Would you have {{me.callMinutes|20}} minutes for a call in the next few weeks? I’d love to hear how you got to where you are, and I’ll keep to time.',
      '',
      'Thank you,',
      '{{me.firstName}}',
    ].join('\n'),
    builtIn: true,
    updatedAt: 0,
  },
];

/**
 * What a connection note can do without, in the order it gives them up when the filled-in note is over
 * LinkedIn's limit: each is a sentence or clause the renderer leaves out when its value is missing.
 */
const DROPPED_TO_FIT: readonly PlaceholderName[] = [
  'me.situation',
  'referrer.name',
  'commonGround',
  'me.targetField',
];

/**
 * A connection note filled from a template and shortened to fit: while it is over the limit, the
 * least needed sentence goes. The greeting, the name and the ask stay, so a note that still does not
 * fit is one whose template the user wrote long; the counter tells them.
 */
export function fitConnectionNote(
  template: Pick<Template, 'subject' | 'body'>,
  values: TemplateValues,
): { body: string; dropped: PlaceholderName[] } {
  let current: TemplateValues = { ...values };
  let body = renderTemplate(template, current).body;
  const dropped: PlaceholderName[] = [];
  for (const name of DROPPED_TO_FIT) {
    if (linkedInLength(body) <= CONNECTION_NOTE_LIMIT) break;
    if (!current[name]) continue;
    current = { ...current, [name]: undefined };
    dropped.push(name);
    body = renderTemplate(template, current).body;
  }
  return { body, dropped };
}

export type LinkedInKind = 'connection-note' | 'linkedin-message';

/** LinkedIn messages have no subject line. */
export function isLinkedInKind(kind: string): kind is LinkedInKind {
  return kind === 'connection-note' || kind === 'linkedin-message';
}

/** The text a LinkedIn template gives for one person: a connection note shortened to fit, a message as it is. */
export function fillLinkedIn(template: Template, values: TemplateValues): string {
  return template.kind === 'connection-note'
    ? fitConnectionNote(template, values).body
    : renderTemplate(template, values).body;
}

/** What the note's counter says: how much is used, and by how much it is over, if it is. */
export function noteCount(text: string): { used: number; over: number; label: string } {
  const used = linkedInLength(text);
  const over = Math.max(0, used - CONNECTION_NOTE_LIMIT);
  const label =
    over > 0
      ? `${used}/${CONNECTION_NOTE_LIMIT}: ${over} over LinkedIn’s limit`
      : `${used}/${CONNECTION_NOTE_LIMIT}`;
  return { used, over, label };
}
