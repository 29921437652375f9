import { describe, expect, it } from 'vitest';
import { sam } from '../../tests/fixtures/sam-rivera';
import { defaultSettings } from '../shared/settings';
import { couldBeMe } from './could-be-me';

const SAM = 'https://www.linkedin.com/in/sam-rivera/';
const MAYA = 'https://www.linkedin.com/in/demo-maya-okafor/';

describe('"This is me" shows only where the profile could be the user\'s', () => {
  it('anywhere before My profile says who the user is', () => {
    expect(couldBeMe(defaultSettings().me, MAYA, 'Maya Okafor')).toBe(true);
    expect(couldBeMe(defaultSettings().me, MAYA)).toBe(true);
  });

  it('only on their own address once My profile has it', () => {
    const me = { ...sam().me, url: 'https://www.linkedin.com/in/sam-rivera' };
    expect(couldBeMe(me, `${SAM}?originalSubdomain=uk`, 'Sam Rivera')).toBe(true);
    expect(couldBeMe(me, MAYA, 'Sam Rivera')).toBe(false);
  });

  it('only on a person of their name when My profile has a name and no address', () => {
    const me = { ...sam().me, url: undefined };
    expect(couldBeMe(me, MAYA, 'Maya Okafor')).toBe(false);
    expect(couldBeMe(me, SAM, 'SAM RIVERA')).toBe(true);
    expect(couldBeMe(me, SAM)).toBe(false);
  });

  it('never on a page that is not a profile', () => {
    expect(couldBeMe(defaultSettings().me, 'https://www.linkedin.com/feed/')).toBe(false);
  });
});
