/**
 * The Content-Security-Policy of the app: nothing remote, no eval, no inline script. Electron sends it as a
 * header from the app protocol, with the one Git remote the register is shared through (if any) allowed in
 * `connect-src`; the Vite build writes the browser build's policy into index.html.
 */

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
 * Whether `text` is exactly an origin the app may connect to: https, or http to this computer (as
 * shared/sync/remoteUrl.ts accepts remotes). Checked here again, without importing it, because vite.config.ts loads
 * this module: anything else — a path, a wildcard, a second directive after a `;` — adds nothing to the policy.
 */
function isRemoteOrigin(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.origin !== text) return false;
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
  );
}

/**
 * The desktop app's policy. `remoteOrigin` is the connected Git repository's origin (`https://git.example.org`): it is
 * allowed to be connected to, nothing else.
 */
export function contentSecurityPolicy(remoteOrigin?: string): string {
  return policy(remoteOrigin !== undefined && isRemoteOrigin(remoteOrigin) ? [remoteOrigin] : []);
}

/** The policy with no remote: the desktop app before a register is connected. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The browser build's policy, written into index.html at build time. A policy in the page cannot follow the remote
 * chosen later (a page can only tighten it), so the browser build may connect to https servers and to this
 * computer's; which of them answer is then up to the servers' CORS, which a browser enforces on every request.
 */
export const BROWSER_CONTENT_SECURITY_POLICY = policy(['https:', 'http://127.0.0.1:*', 'http://localhost:*']);
