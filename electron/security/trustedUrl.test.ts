import { describe, expect, it, vi } from 'vitest';
import { isTrustedExternalUrl, openTrustedExternal } from './trustedUrl';

describe('trusted external URLs', () => {
  it.each([
    'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    'https://www.gegevensbeschermingsautoriteit.be/',
    'https://www.autoriteprotectiondonnees.be/citoyen',
    'https://www.dataprotectionauthority.be/',
  ])('trusts %s', (url) => expect(isTrustedExternalUrl(url)).toBe(true));

  it.each([
    'http://eur-lex.europa.eu/eli/reg/2016/679/oj',
    'https://eur-lex.europa.eu.evil.example/',
    'https://user:pass@eur-lex.europa.eu/',
    'https://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'app://ropa/index.html',
    'not a url',
  ])('refuses %s', (url) => expect(isTrustedExternalUrl(url)).toBe(false));

  it('opens only trusted URLs in the system browser', async () => {
    const openExternal = vi.fn(async (_url: string) => undefined);
    expect(await openTrustedExternal('https://example.com/', openExternal)).toBe(false);
    expect(await openTrustedExternal('file:///etc/passwd', openExternal)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
    expect(await openTrustedExternal('https://eur-lex.europa.eu/eli/reg/2016/679/oj', openExternal)).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://eur-lex.europa.eu/eli/reg/2016/679/oj');
  });
});
