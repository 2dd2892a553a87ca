/**
 * isomorphic-git uses Node's `Buffer` as a global; a browser page (and Electron's sandboxed renderer) has none. The
 * `buffer` package is the implementation isomorphic-git's documentation names; it is installed here, before any Git
 * call, and only where the page lacks one (Node tests keep Node's own).
 */
import { Buffer } from 'buffer';

const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= Buffer;
