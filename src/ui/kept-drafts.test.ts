// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetDraft, keepDraft, keptDraft, keptDraftKeys, newFormDraftKey } from './kept-drafts';

describe('kept drafts', () => {
  beforeEach(() => localStorage.clear());

  it('keeps a draft until it is forgotten', () => {
    const key = newFormDraftKey('https://www.linkedin.com/in/ada/', 'note');
    keepDraft(key, { note: 'Ask about the move to Lisbon' });
    expect(keptDraft(key)).toEqual({ note: 'Ask about the move to Lisbon' });
    expect(keptDraftKeys('new|https://www.linkedin.com/in/ada/|')).toEqual([key]);
    forgetDraft(key);
    expect(keptDraft(key)).toBeUndefined();
  });

  it('reads a damaged draft as none', () => {
    localStorage.setItem('rapport.draft.x', '{not json');
    expect(keptDraft('x')).toBeUndefined();
  });
});
