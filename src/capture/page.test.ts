import { describe, expect, it } from 'vitest';
import { detailsSection, isCapturablePage, isMainProfilePage, profileSlug } from './page';

describe('page detectors', () => {
  it.each([
    'https://www.linkedin.com/in/ada-lovelace/',
    'https://www.linkedin.com/in/ada-lovelace',
    'https://de.linkedin.com/in/ada-lovelace/?originalSubdomain=de',
    'https://www.linkedin.com/in/ada-lovelace/de/',
    'https://www.linkedin.com/in/ada-lovelace/#experience',
  ])('%s is a main profile page', (url) => {
    expect(isMainProfilePage(url)).toBe(true);
    expect(detailsSection(url)).toBeUndefined();
    expect(isCapturablePage(url)).toBe(true);
  });

  it.each([
    'https://www.linkedin.com/in/ada-lovelace/details/experience/',
    'https://www.linkedin.com/in/ada-lovelace/recent-activity/all/',
    'https://www.linkedin.com/in/ada-lovelace/overlay/contact-info/',
    'https://www.linkedin.com/company/analytical-engines/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/search/results/people/?keywords=ada',
    'https://example.com/in/ada-lovelace/',
    'not a url',
  ])('%s is not a main profile page', (url) => {
    expect(isMainProfilePage(url)).toBe(false);
  });

  it.each([
    ['https://www.linkedin.com/in/ada-lovelace/details/experience/', 'experience'],
    [
      'https://www.linkedin.com/in/ada-lovelace/details/experience?profileUrn=urn%3Ali%3Afsd_profile%3AX',
      'experience',
    ],
    ['https://www.linkedin.com/in/ada-lovelace/details/education/', 'education'],
    ['https://www.linkedin.com/in/ada-lovelace/details/skills/', 'skills'],
    ['https://www.linkedin.com/in/ada-lovelace/details/languages/', 'languages'],
    ['https://www.linkedin.com/in/ada-lovelace/details/certifications/', 'certifications'],
    ['https://www.linkedin.com/in/ada-lovelace/details/volunteering-experiences/', 'volunteering'],
  ])('%s lists %s in full', (url, section) => {
    expect(detailsSection(url)).toBe(section);
    expect(isCapturablePage(url)).toBe(true);
  });

  it.each([
    'https://www.linkedin.com/in/ada-lovelace/details/recommendations/',
    'https://www.linkedin.com/in/ada-lovelace/details/',
    'https://www.linkedin.com/company/x/details/experience/',
    'https://www.linkedin.com/in/ada-lovelace/',
  ])('%s is no details page Rapport reads', (url) => {
    expect(detailsSection(url)).toBeUndefined();
  });

  it('names the profile of any of its pages', () => {
    expect(profileSlug('https://se.linkedin.com/in/Ada-Lovelace/details/skills/')).toBe('ada-lovelace');
    expect(profileSlug('https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/')).toBe('jürgen-müller');
    expect(profileSlug('https://www.linkedin.com/feed/')).toBeUndefined();
  });
});
