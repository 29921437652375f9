// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../shared/profile';
import { isOwnersPage, type Reading, readingShape } from './page-ready';

const ADA = 'https://www.linkedin.com/in/ada-okoro/';
const BEN = 'https://www.linkedin.com/in/ben-adeyemi/';

function page(ownLinksTo?: string): Document {
  const doc = document.implementation.createHTMLDocument('profile');
  if (ownLinksTo)
    doc.body.innerHTML = `<a href="/in/${ownLinksTo}/overlay/contact-info/">Contact</a><a href="/in/${ownLinksTo}/details/skills/">Skills</a>`;
  return doc;
}
const reading = (url: string, name: string): Reading => ({
  profile: emptyProfile(url, name),
  report: { layout: 'test', sections: {} },
});

describe('isOwnersPage', () => {
  const adaBefore = { url: ADA, name: 'Ada Okoro' };
  it.each([
    ['the page links its owner, who is the address', 'ben-adeyemi', BEN, 'Ben Adeyemi', adaBefore, true],
    ['the page still links the previous person', 'ada-okoro', BEN, 'Ada Okoro', adaBefore, false],
    ['no own links, and the previous name is still shown', undefined, BEN, 'Ada Okoro', adaBefore, false],
    ['no own links, and a new name is shown', undefined, BEN, 'Ben Adeyemi', adaBefore, true],
    ['a first capture with no own links', undefined, BEN, 'Ben Adeyemi', undefined, true],
    ['a re-capture of the same person', undefined, ADA, 'Ada Okoro', adaBefore, true],
    ['nothing readable yet', 'ben-adeyemi', BEN, '', undefined, false],
  ] as const)('%s → %s', (_, ownLinks, owner, name, previous, ready) => {
    expect(isOwnersPage(page(ownLinks), reading(owner, name), owner, previous)).toBe(ready);
  });

  it('is not ready for a reading filed under another address', () => {
    expect(isOwnersPage(page(), reading(ADA, 'Ada Okoro'), BEN, undefined)).toBe(false);
  });
});

describe('readingShape', () => {
  it('changes as sections fill in, and not otherwise', () => {
    const a = reading(ADA, 'Ada Okoro');
    const b = { ...a, profile: { ...a.profile, experience: [{ title: 'Lead', company: 'Contoso' }] } };
    expect(readingShape(a)).toBe(readingShape(reading(ADA, 'Ada Okoro')));
    expect(readingShape(b)).not.toBe(readingShape(a));
  });
});
