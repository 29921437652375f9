import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type Rapport } from '../../scripts/lib/launch';

let rapport: Rapport;
let ui: Page;

beforeAll(async () => {
  rapport = await launchRapport();
  ui = await rapport.openPage('src/options/index.html');
  // Leaving with unsaved changes asks first; the user here chooses to reload anyway.
  ui.on('dialog', (dialog) => void dialog.accept());
});

afterAll(async () => {
  await rapport?.close();
});

describe('unsaved edits', () => {
  it('come back after the options page is reloaded, and go once saved', async () => {
    await ui.goto(`chrome-extension://${rapport.extensionId}/src/options/index.html#reminders`);
    await ui.getByLabel('Check in every').fill('45');
    await ui.reload();
    await expect.poll(() => ui.getByLabel('Check in every').inputValue()).toBe('45');
    expect(await ui.getByText('Unsaved changes').count()).toBe(1);

    await ui.goto(`chrome-extension://${rapport.extensionId}/src/options/index.html#questions`);
    await ui.getByLabel('Add a question').fill('Who should I read?');
    await ui.getByRole('button', { name: 'Add', exact: true }).click();
    await ui.reload();
    await expect
      .poll(() => ui.getByRole('textbox', { name: 'Question 1' }).inputValue())
      .toBe('Who should I read?');
    await ui.getByRole('button', { name: 'Save questions' }).click();
    await expect.poll(() => ui.getByRole('status').textContent()).toContain('Saved.');
    await ui.reload();
    await expect
      .poll(() => ui.getByRole('textbox', { name: 'Question 1' }).inputValue())
      .toBe('Who should I read?');
    expect(await ui.getByText('Unsaved changes').count()).toBe(0);

    await ui.goto(`chrome-extension://${rapport.extensionId}/src/options/index.html#reminders`);
    await expect.poll(() => ui.getByLabel('Check in every').inputValue()).toBe('45');
  });
});
