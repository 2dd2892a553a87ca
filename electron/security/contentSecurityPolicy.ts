/**
 * The Content-Security-Policy of the app: nothing remote, no eval, no inline script. Electron sends it as a
 * header from the app protocol, with the one Git remote the register is shared through (if any) allowed in
 * `connect-src`; the Vite build writes the browser build's policy into index.html.
 */
import { remoteOrigin } from '../../shared/sync/remoteUrl';

function policy(connectSources: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${["'self'", ...connectSources].join(' ')}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "form-action 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-src 'none'",
  ].join('; ');
}

/**
 * The desktop app's policy. `remote` is the connected Git repository's address (or origin): its origin is allowed
 * to be connected to, nothing else. An address that is not https (or http to this computer) adds nothing.
 */
export function contentSecurityPolicy(remote?: string): string {
  const origin = remote === undefined ? undefined : remoteOrigin(remote);
  return policy(origin === undefined ? [] : [origin]);
}

/** The policy with no remote: the desktop app before a register is connected. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The browser build's policy, written into index.html at build time. A policy in the page cannot follow the remote
 * chosen later (a page can only tighten it), so the browser build may connect to https servers and to this
 * computer's; which of them answer is then up to the servers' CORS, which a browser enforces on every request.
 */
export const BROWSER_CONTENT_SECURITY_POLICY = policy(['https:', 'http://127.0.0.1:*', 'http://localhost:*']);
