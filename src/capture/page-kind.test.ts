import { afterEach, describe, expect, it } from 'vitest';
import { parsePage } from '../../tests/fixtures/linkedin/load-page';
import { sharedPage, sharedPageIds, sharedPagesPresent } from '../../tests/support/shared-pages';
import { extractProfile } from './extract';

const open: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((page) => page.close()));
});
const kindOf = (html: string, url = 'https://www.linkedin.com/in/someone-demo/') => {
  const page = parsePage(html);
  open.push(page);
  return extractProfile(page.document, url).report.page;
};

describe('pageKind', () => {
  it.each([
    [
      'unavailable',
      '<title>Profile Not Found | LinkedIn</title><main><h1>Profile Not Found</h1><p>An exact match for someone-demo could not be found.</p></main>',
    ],
    ['unavailable', '<title>LinkedIn</title><main><h1>This profile is not available</h1></main>'],
    [
      'unavailable',
      '<title>Profil nicht verfügbar | LinkedIn</title><main><h1>Profil nicht verfügbar</h1></main>',
    ],
    ['not-found', '<title>Page not found | LinkedIn</title><main><h1>This page doesn’t exist</h1></main>'],
    ['not-found', '<title>404 | LinkedIn</title><main><p>Please check your URL.</p></main>'],
    [
      'sign-in',
      '<title>Sign Up | LinkedIn</title><main><h1>Join LinkedIn</h1><form><input type="email"><input type="password"></form></main>',
    ],
    [
      'sign-in',
      '<title>LinkedIn</title><main><form><input name="session_password" type="password"></form></main>',
    ],
    ['private', '<title>Ada Okoro | LinkedIn</title><main><section><h1>Ada Okoro</h1></section></main>'],
    [
      'profile',
      '<title>Ada Okoro | LinkedIn</title><main><section><h1>Ada Okoro</h1><div>Site reliability engineer at Northbeam</div></section></main>',
    ],
    ['unknown', '<title>Feed | LinkedIn</title><main><p>Nothing to see</p></main>'],
  ])('%s: %s', (kind, body) => {
    expect(
      kindOf(
        `<html><head>${body.slice(0, body.indexOf('</title>') + 8)}</head><body>${body.slice(body.indexOf('</title>') + 8)}</body></html>`,
      ),
    ).toBe(kind);
  });

  it('a profile whose headline mentions a missing page is still a profile', () => {
    expect(
      kindOf(
        '<html><head><title>Ada Okoro | LinkedIn</title></head><body><main><section><h1>Ada Okoro</h1><div>I fix pages not found</div></section></main></body></html>',
      ),
    ).toBe('profile');
  });
});

describe.skipIf(!sharedPagesPresent)('pageKind on the real saved pages', () => {
  it('tells the one not-found page from the fifteen profiles', async () => {
    const kinds = sharedPageIds().map((id) => {
      const { html, label } = sharedPage(id);
      return [id, kindOf(html, ''), !!(label as { name?: string }).name] as const;
    });
    for (const [id, kind, named] of kinds) {
      expect({ id, kind }).toEqual({ id, kind: named ? 'profile' : 'unavailable' });
    }
  }, 60_000);
});
