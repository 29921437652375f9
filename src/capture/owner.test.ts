import { afterEach, describe, expect, it } from 'vitest';
import { type LoadedPage, parsePage } from '../../tests/fixtures/linkedin/load-page';
import { declaredProfileUrl } from './owner';

const open: LoadedPage[] = [];
const declared = (html: string) => {
  const page = parsePage(html);
  open.push(page);
  return declaredProfileUrl(page.document);
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((page) => page.close()));
});

describe('declaredProfileUrl', () => {
  it('takes the canonical link, relative or under /public-profile/', () => {
    expect(declared('<head><link rel="canonical" href="/public-profile/in/ada-demo/"></head>')).toBe(
      'https://www.linkedin.com/in/ada-demo/',
    );
    expect(declared('<head><link rel="canonical" href="https://se.linkedin.com/in/Ada-Demo"></head>')).toBe(
      'https://www.linkedin.com/in/ada-demo/',
    );
  });

  it('takes og:url when there is no canonical link', () => {
    expect(
      declared('<head><meta property="og:url" content="https://fr.linkedin.com/in/ada-demo"></head>'),
    ).toBe('https://www.linkedin.com/in/ada-demo/');
  });

  it('takes the profile whose sub-pages the page links, not the viewer’s plain profile link', () => {
    expect(
      declared(`<body><nav><a href="/in/viewer-demo/">Me</a><a href="/in/viewer-demo/">Viewer</a><a href="/in/viewer-demo/">V</a></nav>
        <a href="/in/ada-demo/overlay/contact-info/">Contact info</a><a href="/in/ada-demo/details/experience/">Show all</a></body>`),
    ).toBe('https://www.linkedin.com/in/ada-demo/');
  });

  it('says nothing when the page does not say', () => {
    expect(declared('<body><a href="/in/someone-demo/">Someone</a></body>')).toBeUndefined();
  });
});
