/**
 * The one place that touches pdfmake and its fonts: everything else in shared/pdf builds a plain, typed document
 * definition. pdfmake resolves to its Node build under Node (CLI, tests) and to its browser bundle in the Vite
 * renderer (package.json "browser" field); both expose the same `createPdf`, `addFonts` and `virtualfs`, so one code
 * path serves both. Both are loaded on first use, so the renderer pays for the 2.4 MB library and the 0.8 MB of fonts
 * only when someone exports a PDF.
 *
 * Fonts are the per-environment seam: by default the Roboto files pdfmake ships base64-encoded in
 * `build/vfs_fonts.js` (plain data, loads in Node and in a bundle alike; covers the accents of Dutch, French and
 * German and typographic quotes and dashes). A host that prefers other files (e.g. reading TTFs from disk) calls
 * `setPdfFontLoader`.
 */
import type { DocDefinition } from './docTypes';

/** The four Roboto styles as raw bytes or base64 text. */
export interface PdfFontFiles {
  normal: Uint8Array | string;
  bold: Uint8Array | string;
  italics: Uint8Array | string;
  bolditalics: Uint8Array | string;
}
export type PdfFontLoader = () => Promise<PdfFontFiles>;

/** The family name documents use; registered under a name of our own so another pdfmake user is not disturbed. */
export const FONT_FAMILY = 'RopaRoboto';

interface VirtualFs {
  writeFileSync(name: string, content: Uint8Array | string, encoding?: string): void;
}
interface PdfOutput {
  getBuffer(): Promise<Uint8Array>;
}
interface PdfMake {
  createPdf(doc: DocDefinition, options?: object): PdfOutput;
  addFonts(fonts: Record<string, Record<keyof PdfFontFiles, string>>): void;
  setProgressCallback(callback: ((fraction: number) => void) | undefined): void;
  setUrlAccessPolicy?(policy: (url: string) => boolean): void;
  setLocalAccessPolicy?(policy: (path: string) => boolean): void;
  virtualfs: VirtualFs;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}

function isPdfMake(value: unknown): value is PdfMake {
  return (
    isObject(value) &&
    typeof value.createPdf === 'function' &&
    typeof value.addFonts === 'function' &&
    typeof value.setProgressCallback === 'function' &&
    isObject(value.virtualfs) &&
    typeof value.virtualfs.writeFileSync === 'function'
  );
}

/**
 * CommonJS modules reach ESM code wrapped once or twice in `default` depending on the loader (Node, Vite's dev
 * pre-bundler, the production bundler, vitest). Take the innermost object of the wanted shape: an outer wrapper may
 * forward the methods (vitest's interop proxy does) but cannot take the properties pdfmake sets on itself.
 */
function unwrap<T>(module: unknown, accept: (value: unknown) => value is T, what: string): T {
  let found: T | undefined;
  let current: unknown = module;
  for (let depth = 0; depth < 3; depth++) {
    if (accept(current)) found = current;
    if (!isObject(current) || !('default' in current)) break;
    current = current.default;
  }
  if (found === undefined) throw new Error(`PDF export: ${what} could not be loaded (unexpected module shape)`);
  return found;
}

function isFontVfs(value: unknown): value is Record<string, string> {
  return isObject(value) && typeof value['Roboto-Regular.ttf'] === 'string';
}

async function bundledRoboto(): Promise<PdfFontFiles> {
  const vfs = unwrap(await import('pdfmake/build/vfs_fonts.js'), isFontVfs, 'the Roboto fonts');
  const file = (name: string): string => {
    const data = vfs[name];
    if (typeof data !== 'string') throw new Error(`PDF export: font ${name} missing from pdfmake's vfs_fonts`);
    return data;
  };
  return {
    normal: file('Roboto-Regular.ttf'),
    bold: file('Roboto-Medium.ttf'),
    italics: file('Roboto-Italic.ttf'),
    bolditalics: file('Roboto-MediumItalic.ttf'),
  };
}

let fontLoader: PdfFontLoader = bundledRoboto;
let ready: Promise<PdfMake> | undefined;

/** Whether exports use the Roboto files pdfmake ships (fit.ts knows their widths, not those of other fonts). */
export function usingBundledFonts(): boolean {
  return fontLoader === bundledRoboto;
}

/** Replaces the font source; takes effect for the next export. */
export function setPdfFontLoader(loader: PdfFontLoader): void {
  fontLoader = loader;
  ready = undefined;
}

async function load(): Promise<PdfMake> {
  const pdfMake = unwrap(await import('pdfmake'), isPdfMake, 'pdfmake');
  const fonts = await fontLoader();
  const names = {} as Record<keyof PdfFontFiles, string>;
  for (const style of ['normal', 'bold', 'italics', 'bolditalics'] as const) {
    const name = `${FONT_FAMILY}-${style}.ttf`;
    const data = fonts[style];
    if (typeof data === 'string') pdfMake.virtualfs.writeFileSync(name, data, 'base64');
    else pdfMake.virtualfs.writeFileSync(name, data);
    names[style] = name;
  }
  pdfMake.addFonts({ [FONT_FAMILY]: names });
  // The exporter never loads anything from a URL or a path: say so, which also silences pdfmake's Node warning.
  pdfMake.setUrlAccessPolicy?.(() => false);
  pdfMake.setLocalAccessPolicy?.(() => false);
  return pdfMake;
}

/**
 * Lays out and renders a document. `onProgress` receives the fraction of page items written (0–1); pdfmake reports
 * nothing during layout, which comes first.
 */
export async function renderPdf(doc: DocDefinition, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  ready ??= load().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  const pdfMake = await ready;
  // createPdf reads the callback synchronously, so two exports in flight each keep their own.
  pdfMake.setProgressCallback(onProgress);
  let output: PdfOutput;
  try {
    output = pdfMake.createPdf(doc);
  } finally {
    pdfMake.setProgressCallback(undefined);
  }
  const buffer = await output.getBuffer();
  // A Node Buffer (or the bundle's Buffer polyfill) is a Uint8Array subclass; hand out a plain view of its bytes.
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
