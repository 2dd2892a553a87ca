/**
 * The address of a shared register's Git repository, checked once for the app, the sync and the desktop app's
 * Content-Security-Policy alike: https, or http to this computer only (a token must not cross a network in clear),
 * no user name or password inside it (the token is kept apart, in secure storage), no query string (a
 * `?private_token=...` would be a secret stored in the settings and the history) and no fragment. The origin is what
 * the CSP allows to connect.
 */

const LOOPBACK: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The URL as stored, or undefined when it is not an address RoPA Desk syncs with. */
export function parseRemoteUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return undefined;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  // `search` and `hash` are empty for a bare `?` or `#` too, which the stored href would still carry: the text decides.
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(text)) return undefined;
  return url;
}

/** The origin (`https://git.example.org`) of a remote address, or undefined when the address is refused. */
export function remoteOrigin(text: string): string | undefined {
  return parseRemoteUrl(text)?.origin;
}
