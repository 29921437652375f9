import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractProfile } from '../../src/capture/extract';
import type { CaptureReport, ProfileSnapshot } from '../../src/shared/profile';
import { FIXTURES, type LoadedPage, loadPage, parsePage } from '../fixtures/linkedin/load-page';

interface Expected {
  url: string;
  profile: ProfileSnapshot;
  report: CaptureReport;
}

const expectations = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => file.replace('.expected.json', ''));

const open: LoadedPage[] = [];
const load = (name: string): Document => {
  const page = loadPage(join(FIXTURES, `${name}.html`));
  open.push(page);
  return page.document;
};
const parse = (html: string): Document => {
  const page = parsePage(html);
  open.push(page);
  return page.document;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((page) => page.close()));
});

describe('extractProfile on Rapport’s own fixture pages', () => {
  it('has an expectation for every layout it claims to read', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(10);
  });

  it.each(expectations)('%s reads as expected', (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
    const { profile, report } = extractProfile(load(name), expected.url);
    expect(profile).toEqual(expected.profile);
    expect(report).toEqual(expected.report);
  });

  it.each(expectations)('%s names the same profile without the address bar', (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
    expect(extractProfile(load(name), '').profile).toEqual(expected.profile);
  });
});

describe('whose data it is', () => {
  const viewers: [string, string][] = [
    ['loggedin-2018-tobias-lindqvist', 'Signe Holm'],
    ['loggedin-2020-es-mateo-silva', 'Valentina Rojas'],
    ['loggedin-2022-priya-raman', 'Marcus Feld'],
    ['details-experience-priya-raman', 'Marcus Feld'],
    ['loggedin-de-2024-jonas-becker', 'Lea Hoffmann'],
    ['loggedin-2025-hashed-kofi-mensah', 'Abena Owusu'],
    ['loggedin-2026-sdui-lena-vogt', 'Jan Petersen'],
    ['demo-profile', 'Sam Rivera'],
  ];

  it.each(viewers)('%s never takes the viewer %s from the nav bar', (name, viewer) => {
    const { profile } = extractProfile(load(name), '');
    expect(JSON.stringify(profile)).not.toContain(viewer);
    expect(JSON.stringify(profile)).not.toContain(viewer.toLowerCase().replace(' ', '-'));
  });

  it('leaves the name empty rather than take the only heading there is, the viewer’s', () => {
    const doc = parse(`<html><head><title>Feed | LinkedIn</title></head><body>
      <header><nav><a href="/in/viewer-demo/"><h1>Viewer Person</h1></a></nav></header>
      <main><section><p>Nothing to see</p></section></main></body></html>`);
    const { profile, report } = extractProfile(doc, 'https://www.linkedin.com/in/someone-else/');
    expect(profile.name).toBe('');
    expect(report.sections.name?.status).toBe('absent');
  });

  it('takes the name from meta tags only when they describe the page’s profile', () => {
    const page = (ogUrl: string) =>
      parse(`<html><head><title>LinkedIn</title><meta property="og:url" content="${ogUrl}">
        <meta property="profile:first_name" content="Ada"><meta property="profile:last_name" content="Quill">
        <meta property="og:title" content="Ada Quill - Archivist - Lantern Library | LinkedIn"></head><body></body></html>`);
    const url = 'https://www.linkedin.com/in/ada-quill-demo/';
    expect(extractProfile(page('https://uk.linkedin.com/in/ada-quill-demo'), url).profile.name).toBe(
      'Ada Quill',
    );
    // LinkedIn keeps the head of the previous page on in-page navigation.
    expect(extractProfile(page('https://uk.linkedin.com/in/someone-before-demo'), url).profile.name).toBe('');
  });

  it('ignores embedded JSON about other members on a logged-in page', () => {
    const text = JSON.stringify(extractProfile(load('loggedin-2022-priya-raman'), '').profile);
    expect(text).not.toMatch(/Tomasz|Wierzbicki|Lindel/);
  });

  it('reads the 2016 layout from the owner’s blocks only', () => {
    const text = JSON.stringify(extractProfile(load('loggedin-2016-json-ana-lima'), '').profile);
    expect(text).not.toMatch(/Rafael|Alvorada|Kubernetes/);
  });

  it('refuses 2016 blocks whose public URL is another member’s', () => {
    const doc = load('loggedin-2016-json-ana-lima');
    const { profile } = extractProfile(doc, 'https://www.linkedin.com/in/someone-else-demo/');
    expect(profile).toMatchObject({ url: 'https://www.linkedin.com/in/someone-else-demo/', name: '' });
    expect(profile.experience).toEqual([]);
    expect(profile.skills).toEqual([]);
  });

  it('does not take a details page’s URL from a member whose name the page does not show', () => {
    const html = readFileSync(join(FIXTURES, 'details-experience-priya-raman.html'), 'utf8').replace(
      /"firstName": "Priya", "lastName": "Raman"/,
      '"firstName": "Someone", "lastName": "Else"',
    );
    const { profile } = extractProfile(parse(html), '');
    expect(profile.name).toBe('Priya Raman');
    expect(profile.url).toBe('');
  });

  it('matches a details page’s name in any script, and only the same name', () => {
    const html = (first: string, last: string) =>
      readFileSync(join(FIXTURES, 'details-experience-priya-raman.html'), 'utf8')
        .replace('Experience | Priya Raman | LinkedIn', 'Experience | 李娜 | LinkedIn')
        .replace(
          /"firstName": "Priya", "lastName": "Raman"/,
          `"firstName": "${first}", "lastName": "${last}"`,
        );
    expect(extractProfile(parse(html('李', '娜')), '').profile.url).toBe(
      'https://www.linkedin.com/in/priya-raman-demo/',
    );
    expect(extractProfile(parse(html('王', '伟')), '').profile.url).toBe('');
  });

  it('skips a section headed with another member’s name', () => {
    const doc = parse(`<html><body><div class="vcard"><h1><span class="fn">Ada Quill</span></h1>
      <p class="title">Archivist</p></div>
      <div id="profile-certifications"><h2>Bram Stoker's Certifications</h2><ul><li><h3>CISSP</h3></li></ul></div>
      <div id="profile-languages"><h2>Ada Quill's Languages</h2><ul><li><h3>Welsh</h3></li></ul></div></body></html>`);
    const { profile, report } = extractProfile(doc, 'https://www.linkedin.com/in/ada-quill-demo/');
    expect(profile.certifications).toEqual([]);
    expect(report.sections.certifications?.status).toBe('absent');
    expect(profile.languages).toEqual(['Welsh']);
  });
});

describe('the capture report', () => {
  it('marks a section it finds but cannot read as unreadable, not empty', () => {
    const { profile, report } = extractProfile(load('unknown-experience-structure'), '');
    expect(profile.experience).toEqual([]);
    expect(report.sections.experience?.status).toBe('unreadable');
    expect(report.sections.education).toEqual({ status: 'read', count: 1 });
    expect(report.sections.volunteering?.status).toBe('empty');
  });

  it('says a lazily loaded section has not been loaded yet', () => {
    const { report } = extractProfile(load('loggedin-2026-sdui-lena-vogt'), '');
    expect(report.sections.education).toMatchObject({
      status: 'unreadable',
      note: expect.stringMatching(/not loaded/),
    });
  });

  it('reads a details page as that one section, in full, and every other section as absent', () => {
    const { profile, report } = extractProfile(
      load('details-experience-priya-raman'),
      'https://www.linkedin.com/in/priya-raman-demo/details/experience/',
    );
    expect(report.layout).toBe('details-experience');
    expect(profile.experience).toHaveLength(7);
    for (const section of ['education', 'skills', 'languages', 'volunteering', 'certifications'] as const) {
      expect(report.sections[section]?.status).toBe('absent');
    }
  });

  it('finds a 2019-2021 name printed in a list item even when the title does not give it', () => {
    const html = readFileSync(join(FIXTURES, 'loggedin-2020-es-mateo-silva.html'), 'utf8').replace(
      '<title>(2) Mateo Silva | LinkedIn</title>',
      '<title>LinkedIn</title>',
    );
    const { profile } = extractProfile(parse(html), '');
    expect(profile).toMatchObject({
      name: 'Mateo Silva',
      headline: 'Ingeniero civil · puentes y refuerzo sísmico',
    });
  });

  it('reads a page that is not a profile as nothing, without inventing a name', () => {
    const doc = parse(`<html><head><title>Profile Not Found | LinkedIn</title>
      <link rel="canonical" href="/public-profile/in/nobody-demo/"></head>
      <body><main><h1>An exact match for <strong>nobody-demo</strong> could not be found.</h1></main></body></html>`);
    const { profile } = extractProfile(doc, '');
    expect(profile).toMatchObject({ url: 'https://www.linkedin.com/in/nobody-demo/', name: '' });
  });
});

describe('reading what a line is', () => {
  const page = (headline: string, degreeLines: string) =>
    parse(`<html><body><main><section data-member-id="1">
      <h1>Ada Quill</h1><p>She/Her</p><p>${headline}</p>
      <p><span>Cardiff, Wales</span> <a href="/in/ada-quill-demo/overlay/contact-info/">Contact info</a></p></section>
      <section><div id="education"></div><ul><li><p>Valley School of Art</p>${degreeLines}<p>2010 - 2013</p></li></ul></section>
      </main></body></html>`);

  it('skips pronouns between name and headline, but keeps a slash-joined headline', () => {
    const { profile } = extractProfile(page('Founder/CEO', ''), '');
    expect(profile).toMatchObject({ name: 'Ada Quill', headline: 'Founder/CEO', location: 'Cardiff, Wales' });
  });

  it('drops a grade after the degree but keeps a field that starts with a digit', () => {
    const { profile } = extractProfile(page('Animator', '<p>BA</p><p>3D Animation</p><p>3.8/4.0</p>'), '');
    expect(profile.education).toEqual([
      { school: 'Valley School of Art', degree: 'BA', field: '3D Animation', start: '2010', end: '2013' },
    ]);
  });
});
