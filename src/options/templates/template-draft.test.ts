import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../core/templates/default-templates';
import type { Template } from '../../shared/template';
import {
  hasProblems,
  insertPlaceholder,
  isChanged,
  isCustomized,
  newTemplate,
  templateProblems,
} from './template-draft';

const outreach = DEFAULT_TEMPLATES[0] as Template;

describe('template drafts', () => {
  it('finds unknown placeholders and a missing name', () => {
    const problems = templateProblems({
      name: ' ',
      subject: 'Hi {{them.fristName}}',
      body: 'Fine {{me.name}}',
    });
    expect(problems.name).toBe('Give the template a name.');
    expect(problems.subject.map((e) => e.message)).toEqual([
      '{{them.fristName}} is not a placeholder Rapport knows. Did you mean {{them.firstName}}?',
    ]);
    expect(problems.body).toEqual([]);
    expect(hasProblems(problems)).toBe(true);
    expect(hasProblems(templateProblems(outreach))).toBe(false);
  });

  it('inserts a placeholder at the cursor, replacing a selection', () => {
    expect(insertPlaceholder('Hi !', 3, 3, 'them.firstName')).toEqual({
      text: 'Hi {{them.firstName}}!',
      caret: 21,
    });
    expect(insertPlaceholder('Hi you!', 3, 6, 'me.name')).toEqual({ text: 'Hi {{me.name}}!', caret: 14 });
    expect(insertPlaceholder('Hi', 99, 99, 'me.name').text).toBe('Hi{{me.name}}');
  });

  it('tells a reworded built-in from Rapport’s own text', () => {
    expect(isCustomized(outreach)).toBe(false);
    expect(isCustomized({ ...outreach, body: 'Shorter.', updatedAt: 5 })).toBe(true);
    expect(isCustomized({ ...newTemplate(), body: 'x' })).toBe(false);
    expect(isChanged(outreach, { ...outreach, updatedAt: 9 })).toBe(false);
    expect(isChanged(undefined, outreach)).toBe(true);
  });

  it('makes new templates with their own ids and no problems but the text to write', () => {
    const a = newTemplate();
    expect(a.id).not.toBe(newTemplate().id);
    expect(a).toMatchObject({ kind: 'custom', builtIn: false });
    expect(hasProblems(templateProblems(a))).toBe(false);
  });
});
