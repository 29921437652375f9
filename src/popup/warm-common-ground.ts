import { findCommonGround } from '../core/common-ground/common-ground';
import type { ProfileSnapshot } from '../shared/profile';

/** An invented person with one of everything common ground compares: a place, roles, a school, words. */
const SAMPLE: ProfileSnapshot = {
  url: 'https://www.linkedin.com/in/rapport-sample/',
  name: 'Sample Person',
  headline: 'Researcher at Sample Labs',
  location: 'Leeds, England, United Kingdom',
  experience: [{ title: 'Researcher', company: 'Sample Labs', start: '2019-03', end: 'present' }],
  education: [
    { school: 'University of Leeds', degree: 'BSc', field: 'Psychology', start: '2012', end: '2015' },
  ],
  skills: ['User Research'],
  languages: ['English', 'Deutsch'],
  volunteering: [{ role: 'Mentor', organization: 'Sample Trust' }],
  certifications: [{ name: 'Sample Certificate', issuer: 'Sample Board' }],
};

/**
 * Common ground reads places, schools, employers, skills and languages through tables it builds on
 * first use (every country and region name, in every language profiles are read in): tens of
 * milliseconds, paid once per popup. Built here, while the first state is still being read from the
 * database, the person's common ground is then quick to work out once it arrives.
 */
export function warmCommonGround(): void {
  try {
    findCommonGround(SAMPLE, { ...SAMPLE, name: 'Another Sample' });
  } catch {
    // Only a head start: the real call reports anything wrong.
  }
}
