import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.config';
import { popupFirstViewChunks } from './scripts/build/popup-chunks';
import { popupEarlyRequest } from './scripts/build/popup-early-request';

const popupChunks = popupFirstViewChunks();

const firefox = process.env.TARGET === 'firefox';

/**
 * The script that reads a person from any page is injected with scripting.executeScript, which needs no
 * web-accessible resource; crx lists it as one anyway. Left in, every site could probe for Rapport.
 */
function noWebAccessibleResources(): Plugin {
  return {
    name: 'rapport:no-web-accessible-resources',
    enforce: 'post',
    writeBundle(options) {
      const file = join(options.dir ?? 'dist', 'manifest.json');
      if (!existsSync(file)) return;
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      delete manifest.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      browser: firefox ? 'firefox' : 'chrome',
      // One self-contained script: no loader, so nothing web-accessible for LinkedIn to probe.
      contentScripts: { standaloneFiles: ['src/capture/content.ts'] },
    }),
    noWebAccessibleResources(),
    popupChunks.plugin,
    popupEarlyRequest(import.meta.dirname),
  ],
  build: {
    outDir: firefox ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The popup must open fast: its chunks load in parallel rather than one discovered after another.
    modulePreload: { polyfill: false },
    // The popup's first view in as few files as it can be: each costs a trip through the browser process.
    rolldownOptions: { output: { codeSplitting: { groups: popupChunks.groups } } },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
