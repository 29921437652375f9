import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePage } from '../../tests/fixtures/linkedin/load-page';
import type { HeadedSection } from './headings';
import { sectionRoot, topLevelItems } from './sections';
import { textOf } from './text';

/** Sections as 2013-2016 pages write them: no <section>, no list, one heading level per section. */
const HEADINGS: Record<HeadedSection, string> = {
  about: "Ada Quill's Summary",
  experience: "Ada Quill's Experience",
  education: "Ada Quill's Education",
  skills: 'Skills & Expertise',
  languages: 'Languages',
  volunteering: 'Volunteer Experience',
  certifications: 'Certifications',
};

/** An entry headed by an h3, with an h4 under it (the company, the degree) and a line of dates. */
const entry = (n: number): string =>
  `<div><div><h3>Entry ${n}</h3><h4><strong>Detail ${n}</strong></h4></div><p>January 2010 – May 2012</p></div>`;

const prose = 'Writes tools for small teams, and likes to explain how the pieces of a system fit together.';

/** A section block, its heading wrapped `depth` times, its body prose or headed entries. */
function block(section: HeadedSection, entries: number, depth: number): string {
  const body = entries ? Array.from({ length: entries }, (_, i) => entry(i)).join('') : `<p>${prose}</p>`;
  const heading = `${'<div>'.repeat(depth)}<h2>${HEADINGS[section]}</h2>${'</div>'.repeat(depth)}`;
  return `<div>${heading}<div>${body}</div></div>`;
}

const page = fc
  .uniqueArray(fc.constantFrom(...(Object.keys(HEADINGS) as HeadedSection[])), {
    minLength: 2,
    maxLength: 7,
  })
  .chain((sections) =>
    fc.tuple(
      fc.constant(sections),
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: sections.length, maxLength: sections.length }),
      fc.integer({ min: 0, max: 2 }),
    ),
  );

describe('a section found by its heading alone', () => {
  // One document for every run: parsing a new one each time is what a run would spend its time on.
  const parsed = parsePage('<body></body>');
  const doc = parsed.document;
  afterAll(() => parsed.close());

  it('is the block of its own heading, never one that also holds the next section', () => {
    fc.assert(
      fc.property(page, ([sections, counts, depth]) => {
        // An overview list before the sections, as the 2013 top card has: it is no section's entries.
        const overview = '<dl><dt>Current</dt><dd><ul><li>Engineer at Acme</li></ul></dd></dl>';
        const html = `<div>${overview}${sections.map((s, i) => block(s, counts[i] ?? 0, depth)).join('')}</div>`;
        doc.body.innerHTML = html;
        sections.forEach((section, i) => {
          const root = sectionRoot(doc, section);
          const text = textOf(root);
          expect(text.startsWith(HEADINGS[section])).toBe(true);
          for (const other of sections) if (other !== section) expect(text).not.toContain(HEADINGS[other]);
          expect(text).not.toContain('Engineer at Acme');
          const count = counts[i] ?? 0;
          if (root && count) expect(topLevelItems(root)).toHaveLength(count);
          if (!count) expect(text).toContain(prose);
        });
      }),
      // Each run looks up every section of a page of up to seven: thirty pages cover the orders and depths.
      { numRuns: 30 },
    );
  });

  it('heads its entries at one level: the h4 under an entry heading is a line of that entry', () => {
    doc.body.innerHTML = block('experience', 3, 0);
    const root = sectionRoot(doc, 'experience');
    if (!root) throw new Error('no section');
    expect(topLevelItems(root).map((item) => textOf(item.querySelector('h3')))).toEqual([
      'Entry 0',
      'Entry 1',
      'Entry 2',
    ]);
  });
});
