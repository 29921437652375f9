import { afterAll, describe, expect, it } from 'vitest';
import { parsePage } from '../../tests/fixtures/linkedin/load-page';
import { readTopCard } from './top-card';

/**
 * A 2013-2016 top card after a redesign: no class names, the location written as a definition list whose
 * term is a field label, the place maybe followed by its area in parentheses.
 */
const card = (label: string, place: string): string => `
  <div><div>
    <h1><span>Ada</span> <span>Quill</span></h1>
    <p>Systems Engineer at Acme</p>
    <dl><dt>${label}</dt><dd><span>${place}</span></dd><dt>Industry</dt><dd>Computer Software</dd></dl>
  </div></div>`;

describe('a top card that labels its fields', () => {
  const parsed = parsePage('<body></body>');
  afterAll(() => parsed.close());

  it.each([
    ['Location', 'Lisbon, Portugal'],
    ['Location', 'La Jolla, California (Greater San Diego Area)'],
    ['Ubicación', 'Madrid y alrededores'],
    ['Ort', 'Berlin und Umgebung'],
    ['Lieu', 'Région de Paris, France'],
    ['Località', 'Milano e dintorni'],
    ['Locatie', 'Regio Amsterdam'],
  ])('reads the place after "%s", never the label', (label, place) => {
    parsed.document.body.innerHTML = card(label, place);
    expect(readTopCard(parsed.document)).toMatchObject({
      name: 'Ada Quill',
      headline: 'Systems Engineer at Acme',
      location: place,
    });
  });
});
