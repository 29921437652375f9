import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../core/templates/default-templates';
import type { TemplateValues } from '../../core/templates/templates';
import type { Template } from '../../shared/template';
import { chooseTemplate, hasWords, isEdited, startingDraft } from './draft';

const VALUES: TemplateValues = { 'them.firstName': 'Maya', 'me.name': 'Sam Rivera', 'me.signature': 'Sam' };
const custom: Template = {
  id: 'custom-1',
  name: 'Short',
  kind: 'custom',
  subject: 'Hello {{them.firstName}}',
  body: 'Hi {{them.firstName}},\n{{referrer.name}} sent me.\n{{me.signature}}',
  builtIn: false,
  updatedAt: 1,
};
const TEMPLATES = [custom, ...DEFAULT_TEMPLATES];

describe('draft', () => {
  it('picks the draft’s template, else the first outreach one', () => {
    expect(chooseTemplate(TEMPLATES, 'custom-1')?.id).toBe('custom-1');
    expect(chooseTemplate(TEMPLATES)?.id).toBe('builtin-outreach');
    expect(chooseTemplate(TEMPLATES, 'gone')?.id).toBe('builtin-outreach');
    expect(chooseTemplate([])).toBeUndefined();
  });

  it('starts from the template, filled and without holes, when nothing was typed', () => {
    const start = startingDraft(TEMPLATES, undefined, VALUES);
    expect(start?.restored).toBe(false);
    expect(start?.draft.templateId).toBe('builtin-outreach');
    expect(start?.draft.body).toMatch(/^Hi Maya,/);
    expect(`${start?.draft.subject}${start?.draft.body}`).not.toContain('{{');
  });

  it('restores what the user typed', () => {
    const saved = { templateId: 'custom-1', subject: 'Mine', body: 'My words', updatedAt: 5 };
    expect(startingDraft(TEMPLATES, saved, VALUES)).toEqual({
      draft: { templateId: 'custom-1', subject: 'Mine', body: 'My words' },
      restored: true,
    });
  });

  it('treats a saved draft without words as the choice of template only', () => {
    const saved = { templateId: 'custom-1', subject: '', body: ' ', updatedAt: 5 };
    expect(hasWords(saved)).toBe(false);
    expect(startingDraft(TEMPLATES, saved, VALUES)).toEqual({
      draft: { templateId: 'custom-1', subject: 'Hello Maya', body: 'Hi Maya,\nSam' },
      restored: false,
    });
  });

  it('knows whether the text differs from its template', () => {
    const start = startingDraft(TEMPLATES, undefined, VALUES);
    if (!start) throw new Error('no draft');
    expect(isEdited(start.draft, TEMPLATES, VALUES)).toBe(false);
    expect(isEdited({ ...start.draft, body: `${start.draft.body}!` }, TEMPLATES, VALUES)).toBe(true);
  });

  it('follows what is due: the thank-you after a meeting, over an outreach draft written before it', () => {
    const owed = { kind: 'thank-you' as const, since: 100 };
    const outreach = { templateId: 'builtin-outreach', subject: 'Hi', body: 'My outreach', updatedAt: 50 };
    expect(startingDraft(TEMPLATES, undefined, VALUES, owed)?.draft.templateId).toBe('builtin-thank-you');
    expect(startingDraft(TEMPLATES, outreach, VALUES, owed)).toMatchObject({
      draft: { templateId: 'builtin-thank-you' },
      restored: false,
    });
    // Written after the meeting, the user's words stay, whichever template they chose.
    const later = { ...outreach, updatedAt: 150 };
    expect(startingDraft(TEMPLATES, later, VALUES, owed)?.restored).toBe(true);
    const thanks = { templateId: 'builtin-thank-you', subject: 'Thanks', body: 'Mine', updatedAt: 50 };
    expect(startingDraft(TEMPLATES, thanks, VALUES, owed)?.restored).toBe(true);
  });
});
