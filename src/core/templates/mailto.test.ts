import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeMailComponent, gmailComposeUrl, mailtoUrl } from './mailto';

/** Reads a link back without URL(): split on ? and &, then decodeURIComponent. */
function parseQuery(url: string): { base: string; params: Record<string, string> } {
  const at = url.indexOf('?');
  const base = at === -1 ? url : url.slice(0, at);
  const params: Record<string, string> = {};
  for (const pair of at === -1 ? [] : url.slice(at + 1).split('&')) {
    const eq = pair.indexOf('=');
    params[decodeURIComponent(pair.slice(0, eq))] = decodeURIComponent(pair.slice(eq + 1));
  }
  return { base, params };
}

const SAFE_URL = /^[A-Za-z0-9\-._~%@,:/?&=]+$/;

describe('mailtoUrl', () => {
  it('encodes a typical draft', () => {
    expect(
      mailtoUrl({ to: 'dana@example.com', subject: 'Coffee & a chat?', body: 'Hi Dana,\n\n15–20 min?' }),
    ).toBe(
      'mailto:dana@example.com?subject=Coffee%20%26%20a%20chat%3F&body=Hi%20Dana%2C%0D%0A%0D%0A15%E2%80%9320%20min%3F',
    );
  });

  it.each([
    [' ', '%20'],
    ['+', '%2B'],
    ['&', '%26'],
    ['?', '%3F'],
    ['#', '%23'],
    ['%', '%25'],
    ['=', '%3D'],
    ["'", '%27'],
    ['(', '%28'],
    ['!', '%21'],
    ['*', '%2A'],
    ['é', '%C3%A9'],
    ['😀', '%F0%9F%98%80'],
    ['日本', '%E6%97%A5%E6%9C%AC'],
  ])('encodes %j as %s', (char, encoded) => {
    expect(encodeMailComponent(char)).toBe(encoded);
  });

  it('writes line breaks as CRLF and keeps the subject on one line', () => {
    const { params } = parseQuery(mailtoUrl({ subject: 'One\ntwo', body: 'a\nb\r\nc\rd' }));
    expect(params).toEqual({ subject: 'One two', body: 'a\r\nb\r\nc\r\nd' });
  });

  it('leaves the recipient out when there is none, and keeps @ and , readable', () => {
    expect(mailtoUrl({ subject: 'Hi', body: '' })).toBe('mailto:?subject=Hi&body=');
    expect(mailtoUrl({ to: 'a+b@x.org, c@y.org', subject: '', body: '' })).toBe(
      'mailto:a%2Bb@x.org,c@y.org?subject=&body=',
    );
  });

  it('survives lone surrogates', () => {
    expect(() => mailtoUrl({ subject: '\uD800', body: 'x\uDC00' })).not.toThrow();
  });

  it('round-trips any subject and body exactly', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
    fc.assert(
      fc.property(
        text.filter((s) => !/[\r\n]/.test(s)),
        text,
        fc.emailAddress(),
        (subject, body, to) => {
          const url = mailtoUrl({ to, subject, body });
          expect(url).toMatch(SAFE_URL);
          const { base, params } = parseQuery(url);
          expect(decodeURIComponent(base.slice('mailto:'.length))).toBe(to);
          expect(params).toEqual({ subject, body: body.replace(/\r\n|\r|\n/g, '\r\n') });
        },
      ),
    );
  });
});

describe('gmailComposeUrl', () => {
  it('opens a full-screen compose window', () => {
    expect(gmailComposeUrl({ to: 'dana@example.com', subject: 'Hi & hello', body: 'Line 1\nLine 2' })).toBe(
      'https://mail.google.com/mail/?view=cm&fs=1&to=dana@example.com&su=Hi%20%26%20hello&body=Line%201%0D%0ALine%202',
    );
    expect(gmailComposeUrl({ subject: 'Hi', body: '' })).toBe(
      'https://mail.google.com/mail/?view=cm&fs=1&su=Hi&body=',
    );
  });

  it('round-trips any subject and body exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).filter((s) => !/[\r\n]/.test(s)),
        fc.string({ unit: 'grapheme' }),
        (subject, body) => {
          const url = gmailComposeUrl({ subject, body });
          expect(url.slice('https://'.length)).toMatch(SAFE_URL);
          expect(parseQuery(url).params).toEqual({
            view: 'cm',
            fs: '1',
            su: subject,
            body: body.replace(/\r\n|\r|\n/g, '\r\n'),
          });
        },
      ),
    );
  });
});

describe('line breaks through both links', () => {
  const signature = 'Thanks again,\nSam Rivera\nMSc student, Leeds';
  it.each([
    ['LF', signature],
    ['CRLF', signature.replace(/\n/g, '\r\n')],
    ['CR', signature.replace(/\n/g, '\r')],
    ['a blank line', 'Hi,\n\nThanks'],
  ])('%s arrives as CRLF in the mailto: and the Gmail body', (_, body) => {
    const expected = body.replace(/\r\n|\r|\n/g, '\r\n');
    expect(parseQuery(mailtoUrl({ subject: 'x', body })).params.body).toBe(expected);
    expect(parseQuery(gmailComposeUrl({ subject: 'x', body })).params.body).toBe(expected);
    expect(gmailComposeUrl({ subject: 'x', body })).not.toMatch(/%0A(?<!%0D%0A)/);
  });
});
