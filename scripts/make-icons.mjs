// Renders the app icon from its one source, build/icon.svg, into what electron-builder needs:
//   build/icon.png           1024×1024 (macOS: electron-builder turns it into the .icns)
//   build/icons/NxN.png      16…1024 for Linux (AppImage, deb)
//   build/icon.ico           16…256 for Windows (nsis and the executable)
// Each size is rendered from the SVG (not scaled down from a large PNG), with @resvg/resvg-js.
//   node scripts/make-icons.mjs           writes the files
//   node scripts/make-icons.mjs --check   fails when a committed icon differs from what the SVG gives
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pngToIco from 'png-to-ico';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

/** @returns {Promise<Map<string, Buffer>>} file (relative to build/) → content */
export async function renderIcons() {
  const svg = await readFile(path.join(buildDir, 'icon.svg'));
  const pngs = new Map(LINUX_SIZES.map((size) => [size, Buffer.from(render(svg, size))]));
  const files = new Map();
  files.set('icon.png', pngs.get(1024));
  for (const size of LINUX_SIZES) files.set(`icons/${size}x${size}.png`, pngs.get(size));
  // One entry per size, each from its own rendering (an array of PNGs is taken as is, not resized).
  files.set('icon.ico', await pngToIco(ICO_SIZES.map((size) => pngs.get(size))));
  return files;
}

const check = process.argv.includes('--check');
const files = await renderIcons();
const stale = [];
for (const [name, content] of files) {
  const target = path.join(buildDir, name);
  if (check) {
    const current = await readFile(target).catch(() => null);
    if (!current || !current.equals(content)) stale.push(name);
  } else {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}
if (check && stale.length > 0) {
  console.error(`make-icons: out of date with build/icon.svg: ${stale.join(', ')}. Run: node scripts/make-icons.mjs`);
  process.exit(1);
}
console.log(
  check
    ? `make-icons: ${files.size} icons match build/icon.svg`
    : `make-icons: wrote ${[...files.keys()].map((f) => `build/${f}`).join(', ')}`,
);
