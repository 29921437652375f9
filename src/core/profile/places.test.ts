import { describe, expect, it } from 'vitest';
import { containsPlace, parsePlace, placeInSentence, samePlace } from './places';

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

describe('parsePlace: what a location names', () => {
  it.each<[string, { city?: string; region?: string; country?: string }]>([
    ['Berkeley, CA', { city: 'Berkeley', region: 'US-CA', country: 'US' }],
    ['Berkeley, California, United States', { city: 'Berkeley', region: 'US-CA', country: 'US' }],
    ['United States', { country: 'US' }],
    ['San Francisco Bay Area', { city: 'San Francisco', region: 'US-CA', country: 'US' }],
    ['Toronto, ON', { city: 'Toronto', region: 'CA-ON', country: 'CA' }],
    ['Munich, Bavaria, Germany', { city: 'Munich', region: 'DE-BY', country: 'DE' }],
    ['Berlin und Umgebung, Deutschland', { city: 'Berlin', country: 'DE' }],
    ['Berlin, Germany · Hybrid', { city: 'Berlin', country: 'DE' }],
    ['Leeds, England, United Kingdom', { city: 'Leeds', region: 'GB-ENG', country: 'GB' }],
    ['Infrastructure Management', { city: 'Infrastructure Management' }],
    ['Atlanta, Georgia', { city: 'Atlanta' }],
  ])('%s', (text, expected) => {
    const place = parsePlace(text);
    expect({
      ...(place?.city && { city: place.city }),
      ...(place?.region && { region: place.region.code }),
      ...(place?.country && { country: place.country.code }),
    }).toEqual(expected);
  });

  it.each<[string, string, boolean]>([
    ['United States', 'Berkeley, CA', true],
    ['California', 'Berkeley, CA', true],
    ['Germany', 'Berkeley, CA', false],
    ['Berkeley, CA', 'United States', false],
  ])('containsPlace(%s, %s) = %s', (outer, inner, expected) => {
    const a = parsePlace(outer);
    const b = parsePlace(inner);
    expect(a && b && containsPlace(a, b)).toBe(expected);
  });
});
