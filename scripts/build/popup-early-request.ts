import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

const SOURCE = 'src/popup/early-request.ts';
const OUTPUT = 'src/popup/early-request.js';
const POPUP_PAGE = /src[\\/]popup[\\/]index\.html$/;

/**
 * The popup asks the background for its state from a small classic script of its own, loaded `async`,
 * so the question is asked while the browser still loads and compiles the popup's modules. A module in
 * the popup's graph would only run once the whole graph had loaded. Built as one self-contained file:
 * it shares no chunk with the popup, so it needs nothing else to load first.
 */
export function popupEarlyRequest(root: string): Plugin {
  let serving = false;
  return {
    name: 'rapport:popup-early-request',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!POPUP_PAGE.test(context.filename)) return;
        // The dev server compiles TypeScript modules on request; the build ships the bundled script.
        const attrs = serving ? { type: 'module', src: `/${SOURCE}` } : { async: true, src: `/${OUTPUT}` };
        return [{ tag: 'script', attrs, injectTo: 'head-prepend' }];
      },
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        root,
        logLevel: 'warn',
        build: {
          write: false,
          minify: true,
          target: 'es2022',
          lib: { entry: resolve(root, SOURCE), formats: ['iife'], name: 'rapportEarlyRequest' },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
      if (!chunk) throw new Error(`Building ${SOURCE} produced no script`);
      this.emitFile({ type: 'asset', fileName: OUTPUT, source: chunk.code });
    },
  };
}
