import { describe, expect, it } from 'vitest';
import { isUiText } from './ui-text';

describe('isUiText', () => {
  it.each([
    'See 11+',
    '…see more',
    '... see more',
    'Show all 12 experiences',
    'Show all 4 educations',
    'Alle 12 Berufserfahrungen anzeigen',
    'Mehr anzeigen',
    'See 31 endorsements for Go',
    '12 endorsements',
    'Endorsed by Ana Lima and 3 others',
    'Give Kudos',
    'Has errors',
    '•',
    ' · ',
    '2nd degree connection',
    'Contacto de 2º grado',
    'Company Name',
    'Dates Employed',
    'Fechas de empleo',
    'See contact info',
    'Connect',
    'More…',
  ])('%s is LinkedIn’s text', (text) => {
    expect(isUiText(text)).toBe(true);
  });

  it.each([
    'Senior Backend Engineer',
    'Show business',
    'Kudos Labs',
    'Gothenburg, Sweden',
    'Jun 2019 – Present',
    '2019',
    'Cargo',
    'Message Bird',
    'Go',
    'Master of Science - MS',
  ])('%s is data', (text) => {
    expect(isUiText(text)).toBe(false);
  });
});
