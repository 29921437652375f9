import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl, contactKey, detailsSection, isProfileUrl } from './profile-url';

describe('canonicalProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-lovelace/', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['https://www.linkedin.com/in/ada-lovelace', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['https://se.linkedin.com/in/Ada-Lovelace?trk=people', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['https://linkedin.com/in/ada-lovelace/de/', 'https://www.linkedin.com/in/ada-lovelace/'],
    [
      'https://www.linkedin.com/in/ada-lovelace/details/experience/',
      'https://www.linkedin.com/in/ada-lovelace/',
    ],
    ['https://www.linkedin.com/in/ada-lovelace/#about', 'https://www.linkedin.com/in/ada-lovelace/'],
    [
      'http://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller',
      'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/',
    ],
    ['https://www.linkedin.com/in/jürgen-müller/', 'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalProfileUrl(input)).toBe(expected);
  });

  it.each([
    'https://www.linkedin.com/company/acme/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://example.com/in/ada-lovelace/',
    'https://linkedin.com.evil.example/in/ada/',
    'javascript:alert(1)',
    'not a url',
  ])('rejects %s', (input) => {
    expect(canonicalProfileUrl(input)).toBeUndefined();
    expect(isProfileUrl(input)).toBe(false);
  });
});

describe('detailsSection', () => {
  it.each([
    ['https://www.linkedin.com/in/ada/details/experience/', 'experience'],
    ['https://www.linkedin.com/in/ada/details/education/?x=1', 'education'],
    ['https://de.linkedin.com/in/ada/details/skills', 'skills'],
    // LinkedIn's names for some sections are longer than Rapport's; each must still replace its section.
    ['https://www.linkedin.com/in/ada/details/volunteering-experiences/', 'volunteering'],
    ['https://www.linkedin.com/in/ada/details/certifications/', 'certifications'],
    ['https://www.linkedin.com/in/ada/details/licenses-and-certifications/', 'certifications'],
  ])('%s → %s', (url, section) => expect(detailsSection(url)).toBe(section));

  it.each([
    'https://www.linkedin.com/in/ada/',
    'https://www.linkedin.com/in/ada/recent-activity/',
    'https://example.com/in/ada/details/experience/',
  ])('%s is not a details page', (url) => expect(detailsSection(url)).toBeUndefined());
});

describe('contactKey', () => {
  it.each([
    ['https://uk.linkedin.com/in/Ada/?trk=x', 'https://www.linkedin.com/in/ada/'],
    ['https://Jonah.example/about/#me', 'https://jonah.example/about/'],
    ['https://mentors.example.org/people?id=7&utm_source=x', 'https://mentors.example.org/people?id=7'],
  ])('%s → %s', (input, key) => expect(contactKey(input)).toBe(key));

  it.each(['ftp://example.com/x', 'not a url', 'javascript:alert(1)'])('has no key for %s', (input) =>
    expect(contactKey(input)).toBeUndefined(),
  );
});
