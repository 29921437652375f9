import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { job, me, NOW, person } from '../../../tests/support/prepare-fixtures';
import { contactOf } from '../../../tests/support/test-db';
import { findCommonGround } from '../common-ground/common-ground';
import { foldText } from '../names/fold-text';
import { SearchIndex } from './search-index';

/** Letters with every way people write them: the fold must make each row one letter. */
const SPELLINGS: readonly (readonly string[])[] = [
  ['ß', 'ss', 'SS'],
  ['ü', 'u', 'Ü', 'U', 'u\u0308'],
  ['é', 'e', 'É', 'E', 'e\u0301'],
  ['æ', 'ae', 'Æ', 'AE'],
  ['ø', 'o', 'Ø', 'O'],
  ['ł', 'l', 'Ł', 'L'],
  ['ç', 'c', 'Ç', 'C'],
  ['r', 'R'],
  ['n', 'N'],
  ['t', 'T'],
  ['a', 'A', 'à', 'á', 'â'],
];

/** A name as letter rows, and two ways of writing it that differ only in accents, case and ß/ss. */
const spelledTwice = fc
  .array(fc.array(fc.nat({ max: SPELLINGS.length - 1 }), { minLength: 4, maxLength: 8 }), {
    minLength: 1,
    maxLength: 3,
  })
  .chain((words) => {
    const spell = fc.tuple(
      ...words.map((letters) =>
        fc.tuple(...letters.map((row) => fc.constantFrom(...(SPELLINGS[row] ?? [])))).map((l) => l.join('')),
      ),
    );
    return fc.tuple(spell, spell).map(([a, b]) => ({ written: a.join(' '), typed: b.join(' ') }));
  });

describe('search and common ground fold text alike', () => {
  it('each row of spellings folds to one text', () => {
    for (const row of SPELLINGS) expect(new Set(row.map(foldText)).size).toBe(1);
  });

  it('an employer written one way is found by search and shared in common ground when written another', () => {
    fc.assert(
      fc.property(spelledTwice, ({ written, typed }) => {
        const company = `${written} Labs`;
        const index = new SearchIndex();
        index.setContact(
          contactOf('them', 'Robin Vale', NOW, { experience: [job(company, '2019', 'present')] }),
          [],
        );
        const found = index.searchContacts(typed).map((h) => h.url);
        const shared = findCommonGround(
          me({ experience: [job(`${typed} Labs`, '2010', '2012')] }),
          person({ experience: [job(company, '2019', 'present')] }),
          { now: NOW },
        ).filter((item) => item.kind === 'employer');
        expect({ found: found.length > 0, shared: shared.length > 0 }).toEqual({ found: true, shared: true });
      }),
      { numRuns: 150 },
    );
  });
});
