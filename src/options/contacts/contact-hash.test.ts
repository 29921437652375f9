import { describe, expect, it } from 'vitest';
import { contactPageHash } from '../../shared/protocol';
import { contactUrlFromHash } from './contact-hash';

describe('contactUrlFromHash', () => {
  it('reads back what contactPageHash writes', () => {
    const url = 'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa/';
    expect(contactUrlFromHash(contactPageHash(url))).toBe(url);
  });

  it('ignores other hashes and broken encodings', () => {
    expect(contactUrlFromHash('#contacts')).toBeUndefined();
    expect(contactUrlFromHash('#contact=')).toBeUndefined();
    expect(contactUrlFromHash('#contact=%E0%A4%A')).toBeUndefined();
  });
});
