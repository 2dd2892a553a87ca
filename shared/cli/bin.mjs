#!/usr/bin/env node
// The `ropa` executable: loads the TypeScript sources through tsx's loader and runs the CLI (see README.md).
import { fileURLToPath, URL } from 'node:url';
import { register } from 'tsx/esm/api';

// `ropa validate x | head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

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
