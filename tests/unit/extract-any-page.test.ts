import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractPersonFromAnyPage } from '../../src/capture/any-page';
import { FIXTURES, type LoadedPage, loadPage, parsePage } from '../fixtures/linkedin/load-page';

const open: LoadedPage[] = [];
const load = (name: string): Document => {
  const page = loadPage(join(FIXTURES, name));
  open.push(page);
  return page.document;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((page) => page.close()));
});

describe('extractPersonFromAnyPage', () => {
  it('reads a schema.org Person and files it under the LinkedIn profile it links as its own', () => {
    expect(
      extractPersonFromAnyPage(
        load('any-page-jsonld-speaker.html'),
        'https://devdays.example/speakers/amara',
      ),
    ).toEqual({
      url: 'https://www.linkedin.com/in/amara-nwosu-demo/',
      name: 'Amara Nwosu',
      headline: 'Staff Engineer',
      location: 'Lagos',
      about:
        'Amara builds payment rails that keep working when the network does not. She speaks about offline-first design.',
      experience: [{ title: 'Staff Engineer', company: 'Tidewater Systems' }],
      education: [{ school: 'University of the Delta' }],
      skills: ['Distributed systems', 'Rust'],
      languages: ['English', 'Igbo'],
      volunteering: [],
      certifications: [{ name: 'Certified Kubernetes Security Specialist', issuer: 'Cloud Native Guild' }],
    });
  });

  it('reads an h-card, with rel=me links anywhere on the page', () => {
    expect(
      extractPersonFromAnyPage(load('any-page-hcard-blog.html'), 'https://jonah.example/about/'),
    ).toEqual({
      url: 'https://www.linkedin.com/in/jonah-whitfield-demo/',
      name: 'Jonah Whitfield',
      headline: 'Principal Data Engineer',
      location: 'Bristol, United Kingdom',
      about: 'I write about data pipelines that survive contact with real users, and about sea swimming.',
      experience: [{ title: 'Principal Data Engineer', company: 'Saltmarsh Analytics' }],
      education: [],
      skills: [],
      languages: [],
      volunteering: [],
      certifications: [],
    });
  });

  it('reads Open Graph profile tags and keeps the page URL when it links no LinkedIn profile', () => {
    const url = 'https://mentors.example.org/people/sofia-marchetti';
    expect(extractPersonFromAnyPage(load('any-page-opengraph.html'), url)).toMatchObject({
      url,
      name: 'Sofia Marchetti',
      about: 'Former COO at two logistics start-ups; mentors first-time founders on operations and hiring.',
      experience: [],
    });
  });

  it('reads a public LinkedIn page too', () => {
    expect(
      extractPersonFromAnyPage(
        load('public-2024-ines-duarte.html'),
        'https://pt.linkedin.com/in/ines-duarte-design',
      ),
    ).toMatchObject({
      url: 'https://www.linkedin.com/in/ines-duarte-design/',
      name: 'Inês Duarte',
      location: 'Porto, Portugal',
    });
  });

  it('returns undefined for a page about nobody in particular', () => {
    const page = parsePage(`<html><head><title>Pricing</title><meta property="og:type" content="website">
      <script type="application/ld+json">{"@type":"Organization","name":"Acme"}</script></head>
      <body><h1>Pricing</h1></body></html>`);
    open.push(page);
    expect(extractPersonFromAnyPage(page.document, 'https://acme.example/pricing')).toBeUndefined();
  });
});
