// Builds the benchmark page (bench/browser) into bench/tmp/site/bench/, beside the app built into bench/tmp/site/,
// so both are served from one origin and share its IndexedDB. bench/run.ts calls Vite with this file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'browser'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: path.join(here, 'tmp', 'site', 'bench'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
});
