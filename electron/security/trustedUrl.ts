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
