/**
 * The approach most open-source LinkedIn scrapers take, for the benchmark to set beside Rapport: parse
 * the HTML with cheerio and read name, title and company through the class names of the layout the
 * scraper was written for (the Ember `pv-` classes and the 2022–2024 `text-heading` / `pvs` ones, and
 * the public page's `top-card-layout`). Bench only: never part of the extension.
 */
import { load } from 'cheerio';

export interface PeerProfile {
  name?: string;
  title?: string;
  company?: string;
}

export function pageToProfile(html: string): PeerProfile {
  const $ = load(html);
  const text = (selector: string): string | undefined =>
    $(selector).first().text().replace(/\s+/g, ' ').trim() || undefined;
  return {
    name: text(
      'h1.text-heading-xlarge, .pv-top-card-section__name, h1.top-card-layout__title, .pv-top-card--list li:first-child',
    ),
    title: text(
      '.text-body-medium.break-words, .pv-top-card-section__headline, h2.top-card-layout__headline',
    ),
    company: text(
      '.pv-entity__secondary-title, .experience-item__subtitle, #experience ~ .pvs-list__outer-container li .t-14.t-normal span[aria-hidden=true], .top-card-link__description',
    ),
  };
}
