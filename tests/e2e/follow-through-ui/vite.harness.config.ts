import { resolve } from 'node:path';
import { mergeConfig } from 'vite';
import base from '../../../vite.config';

/**
 * The extension plus a page that mounts the follow-through components on their own, built apart from
 * dist/: npx vite build --config tests/e2e/follow-through-ui/vite.harness.config.ts
 */
export default mergeConfig(base, {
  build: {
    outDir: process.env.RAPPORT_DIST ?? '/tmp/rapport-dist-followthrough',
    rollupOptions: { input: { harness: resolve(import.meta.dirname, 'harness.html') } },
  },
});
