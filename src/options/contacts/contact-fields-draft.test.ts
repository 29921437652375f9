import { describe, expect, it } from 'vitest';
import { type ContactFieldsDraft, readFieldsDraft } from './contact-fields-draft';

const empty: ContactFieldsDraft = { email: '', tags: '', checkInDays: '', referredName: '', referredUrl: '' };

describe('readFieldsDraft', () => {
  it('clears what the user emptied', () => {
    expect(readFieldsDraft(empty)).toEqual({
      ok: true,
      patch: { email: null, tags: [], checkInDays: null, referredBy: null },
    });
  });

  it('trims, splits tags, and keeps a referrer by LinkedIn address', () => {
    const result = readFieldsDraft({
      email: ' maya@example.org ',
      tags: 'UX, research,  ux ,UX',
      checkInDays: '30',
      referredName: 'Priya Shah',
      referredUrl: 'https://uk.linkedin.com/in/Priya-Shah/details/experience/',
    });
    expect(result).toEqual({
      ok: true,
      patch: {
        email: 'maya@example.org',
        tags: ['UX', 'research', 'ux'],
        checkInDays: 30,
        referredBy: { name: 'Priya Shah', url: 'https://www.linkedin.com/in/priya-shah/' },
      },
    });
  });

  it('names each field to fix', () => {
    const result = readFieldsDraft({
      email: 'maya at example',
      tags: 'a'.repeat(101),
      checkInDays: '0',
      referredName: '',
      referredUrl: 'https://www.linkedin.com/in/priya/',
    });
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.problems).sort()).toEqual([
      'checkInDays',
      'email',
      'referredName',
      'tags',
    ]);
    expect(readFieldsDraft({ ...empty, referredUrl: 'https://example.com/x' })).toMatchObject({
      ok: false,
      problems: { referredUrl: expect.stringContaining('LinkedIn') },
    });
  });
});
