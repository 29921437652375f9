// Renders public/icons/icon.svg to the PNG sizes browsers ask for. The PNGs are committed, so a build
// needs no renderer; run `npm run icons` after changing the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const dir = new URL('../public/icons/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', dir));
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(new URL(`icon-${size}.png`, dir), png);
  console.log(`icon-${size}.png ${png.length} bytes`);
}
