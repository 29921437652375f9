import { describe, expect, it } from 'vitest';
import { parsePlace, placeInSentence, samePlace } from './places';

describe('samePlace', () => {
  it.each<[string, string, boolean]>([
    ['London, England, United Kingdom', 'Greater London', true],
    ['London, England, United Kingdom', 'London Area, United Kingdom', true],
    ['London, England, United Kingdom', 'London, Ontario, Canada', false],
    ['San Francisco Bay Area', 'San Francisco, California, United States', true],
    ['New York City Metropolitan Area', 'New York, New York, United States', true],
    ['NYC', 'New York, NY', true],
    ['Portland, OR', 'Portland, Oregon, United States', true],
    ['Portland, Maine, United States', 'Portland, Oregon, United States', false],
    ['São Paulo, Brazil', 'Sao Paulo, São Paulo, Brazil', true],
    ['Zürich, Switzerland', 'Zurich, Zurich, Switzerland', true],
    ['Paris, France', 'Paris, Texas, United States', false],
    ['Leeds, UK', 'Leeds, England, United Kingdom', true],
  ])('%s / %s → %s', (a, b, expected) => {
    const first = parsePlace(a);
    const second = parsePlace(b);
    expect(first && second && samePlace(first, second)).toBe(expected);
  });

  it.each(['Remote', '', '  ', 'Worldwide'])('%j is no place', (text) => {
    expect(parsePlace(text)).toBeUndefined();
  });

  it.each([
    ['United Kingdom', 'the United Kingdom'],
    ['Netherlands', 'the Netherlands'],
    ['Brazil', 'Brazil'],
    ['London', 'London'],
  ])('placeInSentence(%s) = %s', (name, expected) => {
    expect(placeInSentence(name)).toBe(expected);
  });
});
