import { describe, expect, it } from 'vitest';
import { sectionFromHash } from './sections';

describe('sectionFromHash', () => {
  it.each([
    ['', 'contacts'],
    ['#contacts', 'contacts'],
    ['#contact=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fada%2F', 'contacts'],
    ['#journal', 'journal'],
    ['#upcoming', 'upcoming'],
    ['#board', 'board'],
    ['#me', 'me'],
    ['#me-from-tab=12', 'me'],
    ['#reminders', 'reminders'],
    ['#questions', 'questions'],
    ['#templates', 'templates'],
    ['#data', 'data'],
    ['#nonsense', 'contacts'],
  ])('%s → %s', (hash, section) => expect(sectionFromHash(hash)).toBe(section));
});
