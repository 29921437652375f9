import type { Plugin } from 'vite';

const POPUP_ENTRY = /src[\\/]popup[\\/]main\.tsx$/;
const BACKGROUND_ENTRY = /src[\\/]background[\\/]index\.ts$/;

/**
 * The popup opens on every click of the toolbar button, and each file an extension page loads costs a
 * round trip through the browser process before it can run. So the code of the popup's first view goes
 * into two chunks: what it shares with the background, and the rest. The entry module stays out of both:
 * other pages import from these chunks, and must not run the popup's start-up code.
 */
export function popupFirstViewChunks() {
  const popupOnly = new Set<string>();
  const sharedWithBackground = new Set<string>();
  const plugin: Plugin = {
    name: 'rapport:popup-first-view-chunks',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const staticClosure = (entry: string | undefined) => {
        const seen = new Set<string>();
        const visit = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          for (const child of this.getModuleInfo(id)?.importedIds ?? []) visit(child);
        };
        if (entry) visit(entry);
        return seen;
      };
      const popupEntry = ids.find((id) => POPUP_ENTRY.test(id));
      const background = staticClosure(ids.find((id) => BACKGROUND_ENTRY.test(id)));
      popupOnly.clear();
      sharedWithBackground.clear();
      for (const id of staticClosure(popupEntry)) {
        if (id === popupEntry) continue;
        (background.has(id) ? sharedWithBackground : popupOnly).add(id);
      }
    },
  };
  return {
    plugin,
    groups: [
      { name: 'popup-shared', test: (id: string) => sharedWithBackground.has(id), priority: 2 },
      { name: 'popup', test: (id: string) => popupOnly.has(id), priority: 1 },
    ],
  };
}
