// What the popup says over LinkedIn pages with no one to save, and over a profile whose lower
// sections LinkedIn has not loaded yet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport, readFixture } from '../../scripts/lib/launch';
import { openToolbarPopup } from '../../scripts/lib/toolbar-popup';

const fixture = (name: string) => readFixture(`tests/fixtures/linkedin/${name}.html`);
let rapport: Rapport;

beforeAll(async () => {
  rapport = await launchRapport();
  await rapport.serveLinkedIn({
    '/in/noor-haddad-demo/': fixture('page-profile-not-available'),
    '/in/someone-behind-the-wall/': fixture('page-sign-in-wall'),
    '/in/lena-vogt-demo/': fixture('loggedin-2026-sdui-lena-vogt'),
  });
});

afterAll(async () => {
  await rapport?.close();
});

/** The popup's card over `url`: its heading and text once either the person or a page notice shows. */
async function popupOver(url: string, expression: string): Promise<string> {
  const page = await rapport.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  const popup = await openToolbarPopup(rapport, page);
  try {
    return await popup.waitFor<string>(expression, 20_000);
  } finally {
    await popup.close();
    await page.close();
  }
}

const notice = `(() => {
  const card = document.querySelector('[data-testid="not-a-profile"]');
  const save = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save this person');
  if (save && !save.disabled) return 'offers to save';
  return card ? card.textContent : null;
})()`;

describe('popup over pages that are not a profile', () => {
  it('says a profile is not available, with no save button', async () => {
    const text = await popupOver('https://www.linkedin.com/in/noor-haddad-demo/', notice);
    expect(text).toContain('This profile is not available');
  });

  it('says LinkedIn asks to sign in, with no save button', async () => {
    const text = await popupOver('https://www.linkedin.com/in/someone-behind-the-wall/', notice);
    expect(text).toContain('LinkedIn asks you to sign in');
  });

  it('says a section is not loaded yet rather than that LinkedIn changed the page', async () => {
    const text = await popupOver(
      'https://www.linkedin.com/in/lena-vogt-demo/',
      `(() => {
        const note = document.querySelector('[data-testid="not-loaded"]');
        const alert = document.querySelector('[data-testid="capture-report"] [role=alert]');
        return note ? note.textContent + (alert ? ' | ' + alert.textContent : '') : null;
      })()`,
    );
    expect(text).toBe('Education: not loaded yet — scroll down or open Education');
  });
});
