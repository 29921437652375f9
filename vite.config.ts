import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.config';

const firefox = process.env.TARGET === 'firefox';

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      browser: firefox ? 'firefox' : 'chrome',
      // One self-contained script: no loader, so nothing web-accessible for LinkedIn to probe.
      contentScripts: { standaloneFiles: ['src/capture/content.ts'] },
    }),
  ],
  build: {
    outDir: firefox ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
