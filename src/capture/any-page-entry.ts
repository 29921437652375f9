import { extractPersonFromAnyPage } from './any-page';

// Injected into one tab, once, when the user asks to save the person a page describes. The result is
// left where a second, tiny injection from the background reads it back: a content script's globals
// live in Rapport's isolated world, which the page cannot see or change.
(globalThis as { rapportPersonOnPage?: unknown }).rapportPersonOnPage =
  extractPersonFromAnyPage(document, location.href) ?? null;
