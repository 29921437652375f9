import type { Template } from '../../shared/template';
import { LINKEDIN_TEMPLATES } from './linkedin-templates';

/**
 * The templates Rapport ships. Each sentence carries at most one thing that may be missing, so that
 * leaving a sentence out (no referrer, no common ground) never takes anything else with it, and the
 * greeting falls back to "Hi there," rather than disappearing.
 */
export const DEFAULT_TEMPLATES: readonly Template[] = [
  {
    id: 'builtin-outreach',
    name: 'Ask for a short conversation',
    kind: 'outreach',
    subject: '{{me.callMinutes|20}} minutes of advice on {{me.targetField|your field}}?',
    body: [
      'Hi {{them.firstName|there}},',
      '',
      '{{referrer.name}} suggested I get in touch. I’m {{me.name}} — {{me.situation}}.',
      '',
      'I’m reaching out because of your work at {{them.company}}. I noticed {{commonGround}}, so I’d especially value your perspective.',
      '',
      'Would you have {{me.callMinutes|20}} minutes for a call or a coffee in the next few weeks? I’d love to hear how you got to where you are, and I’ll keep to time.',
      '',
      'Thank you,',
      '{{me.signature}}',
    ].join('\n'),
    builtIn: true,
    updatedAt: 0,
  },
  ...LINKEDIN_TEMPLATES,
  {
    id: 'builtin-thank-you',
    name: 'Thank them after you meet',
    kind: 'thank-you',
    subject: 'Thank you for your time',
    body: [
      'Hi {{them.firstName|there}},',
      '',
      'Thank you for taking the time to talk with me. I especially appreciated what you said ({{meeting.point}}), and I’ve been thinking about it since.',
      '',
      'I’m going to act on your advice ({{meeting.advice}}), and I’ll let you know how it goes.',
      '',
      'Thanks again,',
      '{{me.signature}}',
    ].join('\n'),
    builtIn: true,
    updatedAt: 0,
  },
  {
    id: 'builtin-keep-posted',
    name: 'Tell them what came of their advice',
    kind: 'keep-posted',
    subject: 'An update since we spoke',
    body: [
      'Hi {{them.firstName|there}},',
      '',
      'I wanted to let you know how things have gone since we spoke. {{update.news}}',
      '',
      'I took your advice and {{update.actedOn}}. Your advice ({{meeting.advice}}) made a real difference.',
      '',
      'Thank you again for your help. I’ll keep you posted.',
      '',
      'Best,',
      '{{me.signature}}',
    ].join('\n'),
    builtIn: true,
    updatedAt: 0,
  },
  {
    id: 'builtin-check-in',
    name: 'Check in after a while',
    kind: 'check-in',
    subject: 'Checking in — {{me.name}}',
    body: [
      'Hi {{them.firstName|there}},',
      '',
      'It’s been a while since we spoke — I hope things are going well at {{them.company}}.',
      '',
      'I’ve often thought back to what we talked about last time: {{lastExchange}}.',
      '',
      'A quick update from me: {{update.news}}',
      '',
      'I’d love to hear what you’re working on these days.',
      '',
      'Best,',
      '{{me.signature}}',
    ].join('\n'),
    builtIn: true,
    updatedAt: 0,
  },
];

/** The shipped text of a built-in template, for "reset to default". */
export function defaultTemplate(id: string): Template | undefined {
  return DEFAULT_TEMPLATES.find((template) => template.id === id);
}
