import * as v from 'valibot';
import browser from 'webextension-polyfill';
import anyPageScript from '../capture/any-page-entry.ts?script&iife';
import type { CaptureReport, ProfileSnapshot } from '../shared/profile';
import { PROFILE_SECTIONS } from '../shared/profile';
import { ProfileSnapshotSchema } from '../shared/schemas';

/**
 * Reads the person described by the page in a tab (JSON-LD Person, h-card, Open Graph profile), through
 * the activeTab grant the user's menu click gives: Rapport has no standing access to other sites.
 */
export async function readPersonInTab(
  tabId: number,
): Promise<{ profile: ProfileSnapshot; report: CaptureReport; pageUrl: string }> {
  const tab = await browser.tabs.get(tabId);
  await browser.scripting.executeScript({ target: { tabId }, files: [anyPageScript] });
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => (globalThis as { rapportPersonOnPage?: unknown }).rapportPersonOnPage,
  });
  const found = injection?.result;
  if (!found) throw new Error('This page does not describe a person Rapport can read');
  const parsed = v.safeParse(ProfileSnapshotSchema, found);
  if (!parsed.success) throw new Error('The person on this page could not be read');
  const profile = parsed.output as ProfileSnapshot;
  const sections = Object.fromEntries(
    PROFILE_SECTIONS.map((section) => {
      const value = profile[section];
      const present = Array.isArray(value) ? value.length > 0 : Boolean(value);
      return [section, { status: present ? ('read' as const) : ('absent' as const) }];
    }),
  );
  return { profile, report: { layout: 'any-page', sections }, pageUrl: tab.url ?? profile.url };
}
