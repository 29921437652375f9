import browser from 'webextension-polyfill';
import { OPTIONS_PAGE, optionsHash } from '../../shared/routes';
import './prepare.css';

/** Opens the options page to fill My profile from the profile in `tabId`, for the user to review. */
export function openMyProfileImport(tabId: number): Promise<unknown> {
  return browser.tabs.create({
    url: browser.runtime.getURL(`${OPTIONS_PAGE}${optionsHash({ section: 'me', importTab: tabId })}`),
  });
}

/** On the user's own LinkedIn profile: fill My profile from it instead of typing it all. */
export function ThisIsMeButton({ tabId }: { tabId: number }) {
  return (
    <p class="this-is-me small">
      <button type="button" class="link" onClick={() => void openMyProfileImport(tabId)}>
        This is me
      </button>{' '}
      <span class="muted">— fill My profile from this page</span>
    </p>
  );
}
