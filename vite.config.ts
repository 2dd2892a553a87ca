// Vite builds the renderer (renderer/ → dist/renderer). Relative asset URLs let the same build be served from
// the Electron app protocol and from a plain local web server.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { BROWSER_CONTENT_SECURITY_POLICY } from './electron/security/contentSecurityPolicy.ts';

/** The app's version, shown by the browser build and written into the storage stamp. */
const APP_VERSION = (
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/**
 * Writes the browser build's CSP into the built index.html (not in dev, where Vite's client needs inline scripts);
 * Electron sends its own, narrower policy as a header (electron/protocol/appProtocol.ts).
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'ropa-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: BROWSER_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * ExcelJS and the zip library it reads and writes with are shared by several screens loaded on demand (export,
 * import, translators' files) and by the export worker: one chunk with a stable name, which the Electron security
 * scan's allow-list names (electron/security/electronegativity-allowlist.json), whichever imports it first.
 */
const EXCEL_CHUNK = { name: 'excel', test: /[\\/]node_modules[\\/](exceljs|jszip|setimmediate)[\\/]/ };

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(APP_VERSION) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [EXCEL_CHUNK] },
      },
    },
  },
  // The export worker (renderer/exports/exportWorker.ts) loads ExcelJS and pdfmake on demand like the screens do: an
  // ES module worker split into the same named chunks, not one bundle with everything inlined.
  worker: {
    format: 'es',
    rolldownOptions: { output: { codeSplitting: { groups: [EXCEL_CHUNK] } } },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
