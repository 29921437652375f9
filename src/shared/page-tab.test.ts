import { describe, expect, it } from 'vitest';
import { findPageTab, type TabInfo } from './page-tab';

const OWN = 'chrome-extension://abc/';
const tabs: TabInfo[] = [
  { id: 1, url: 'https://www.linkedin.com/in/ada/', lastAccessed: 10 },
  { id: 2, url: `${OWN}src/popup/index.html`, lastAccessed: 30 },
  { id: 3, lastAccessed: 20 },
  { id: 4, url: 'https://www.linkedin.com/in/ben/', lastAccessed: 15 },
];
const query = async (q: { active?: boolean }) => (q.active ? [tabs[2] as TabInfo] : tabs);

describe('findPageTab', () => {
  it('is the active tab for a popup, even one whose address Rapport may not see', async () => {
    expect(await findPageTab(query, OWN, false)).toEqual({ id: 3, url: '' });
  });

  it('is the most recently used page Rapport can see when the popup is in a tab of its own', async () => {
    expect(await findPageTab(query, OWN, true)).toEqual({ id: 4, url: 'https://www.linkedin.com/in/ben/' });
  });

  it('is nothing when there is no page', async () => {
    expect(await findPageTab(async () => [], OWN, true)).toBeUndefined();
  });
});
