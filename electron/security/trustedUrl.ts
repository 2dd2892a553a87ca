/**
 * Which URLs the app may open outside itself: only `https:` links to documentation hosts we name, opened in
 * the system browser. Everything else (navigation, new windows, other schemes) is refused.
 */
const HELP_HOSTS = new Set([
  'www.gegevensbeschermingsautoriteit.be',
  'www.autoriteprotectiondonnees.be',
  'www.dataprotectionauthority.be',
  'eur-lex.europa.eu',
  'www.ejustice.just.fgov.be',
  'www.ksz-bcss.fgov.be',
]);

export function isTrustedExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && HELP_HOSTS.has(url.hostname);
}

/**
 * The one way the app opens something in the system browser (window-open handler, Help menu): `openExternal` is
 * Electron's `shell.openExternal`, called only for a trusted URL. Resolves to whether it was opened.
 */
export async function openTrustedExternal(url: string, openExternal: (url: string) => Promise<void>): Promise<boolean> {
  if (!isTrustedExternalUrl(url)) return false;
  await openExternal(url);
  return true;
}
