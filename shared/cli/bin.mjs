#!/usr/bin/env node
// The `ropa` executable: loads the TypeScript sources through tsx's loader and runs the CLI (see README.md).
import { fileURLToPath, URL } from 'node:url';
import { register } from 'tsx/esm/api';

// A reader that goes away early (`ropa validate x | head`, `ropa import … 2>&1 | head -1`, a closed terminal) is not
// the command's failure: what it can no longer read is dropped, and the command finishes its work (an import still
// writes its file) and exits with its own code. Without a listener, the stream's error would crash the process.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

try {
  register({ tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) });
  const { run } = await import('./main.ts');
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  // Only reached when the CLI itself cannot load; run() turns every other failure into a message and a code.
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`ropa: internal error: ${detail}\n`);
  if (process.env.ROPA_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 3;
}
