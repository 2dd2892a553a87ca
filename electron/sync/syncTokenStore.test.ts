// The Git token in the desktop app: encrypted with the fake electron module's safeStorage, one file, and the origin
// the page's Content-Security-Policy allows; the IPC channels reach it only with valid arguments.
import { describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../protocol/appProtocol';
import { BROWSER_CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../security/contentSecurityPolicy';
import { createFakeElectron } from '../test/fakeElectron';
import { createSyncTokenStore, type TokenFiles } from './syncTokenStore';

function memoryFiles(): TokenFiles & { stored: Map<string, string> } {
  const stored = new Map<string, string>();
  return {
    stored,
    readFile: async (file) => {
      const text = stored.get(file);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    writeFileAtomic: vi.fn(async (file: string, data: string) => void stored.set(file, data)),
    unlink: async (file) => void stored.delete(file),
  };
}

const URL_A = 'https://git.example.org/dpo/register.git';
const FILE = '/home/dpo/.config/RoPA Desk/sync-token.json';

describe('sync token store', () => {
  it('keeps the token encrypted, reads it back for its address only, and survives a restart', async () => {
    const { module } = createFakeElectron();
    const files = memoryFiles();
    const store = createSyncTokenStore({ file: FILE, files, cipher: module.safeStorage });
    await store.load();
    expect(store.remoteOrigin()).toBeUndefined();
    await store.save(URL_A, 'glpat-secret');
    expect(files.stored.get(FILE)).not.toContain('glpat-secret');
    expect(await store.read(URL_A)).toBe('glpat-secret');
    expect(await store.read('https://other.example.org/r.git')).toBeNull();
    expect(store.remoteOrigin()).toBe('https://git.example.org');

    const restarted = createSyncTokenStore({ file: FILE, files, cipher: module.safeStorage });
    await restarted.load();
    expect(await restarted.read(URL_A)).toBe('glpat-secret');
    await restarted.clear();
    expect(files.stored.has(FILE)).toBe(false);
    expect(restarted.remoteOrigin()).toBeUndefined();
  });

  it('refuses to keep a token when the operating system has no secure storage, and writes nothing', async () => {
    const { module } = createFakeElectron({ encryptionAvailable: false });
    const files = memoryFiles();
    const store = createSyncTokenStore({ file: FILE, files, cipher: module.safeStorage });
    await expect(store.save(URL_A, 'glpat-secret')).rejects.toThrow(/secure storage/);
    expect(files.writeFileAtomic).not.toHaveBeenCalled();
  });

  it.runIf(process.platform === 'linux')(
    'refuses to keep a token on Linux without a keyring (Electron would "encrypt" it with a fixed password)',
    async () => {
      const { module } = createFakeElectron({ storageBackend: 'basic_text' });
      const files = memoryFiles();
      const store = createSyncTokenStore({ file: FILE, files, cipher: module.safeStorage });
      await expect(store.save(URL_A, 'glpat-secret')).rejects.toThrow(/secure storage/);
      expect(files.writeFileAtomic).not.toHaveBeenCalled();
    },
  );

  it('ignores a kept file whose address is not one RoPA Desk syncs with', async () => {
    const { module } = createFakeElectron();
    const files = memoryFiles();
    files.stored.set(FILE, JSON.stringify({ url: 'file:///etc', token: 'x' }));
    const store = createSyncTokenStore({ file: FILE, files, cipher: module.safeStorage });
    await store.load();
    expect(store.remoteOrigin()).toBeUndefined();
  });
});

describe('content security policy with a Git remote', () => {
  const connectSrc = (policy: string) =>
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find((d) => d[0] === 'connect-src')
      ?.slice(1);

  it('allows the connected remote origin only, besides the app itself', () => {
    expect(connectSrc(contentSecurityPolicy('https://git.example.org'))).toEqual(["'self'", 'https://git.example.org']);
    expect(connectSrc(contentSecurityPolicy('http://127.0.0.1:8080'))).toEqual(["'self'", 'http://127.0.0.1:8080']);
    expect(connectSrc(contentSecurityPolicy())).toEqual(["'self'"]);
  });

  it('adds nothing for an address that is not https (or http to this computer), or that would inject a directive', () => {
    for (const bad of [
      'file:///etc/passwd',
      'http://git.example.org',
      'https://git.example.org/dpo/register.git',
      "https://x.org; script-src 'unsafe-inline'",
      'https://x.org https://y.org',
      'javascript:alert(1)',
      '*',
    ])
      expect(connectSrc(contentSecurityPolicy(bad)), bad).toEqual(["'self'"]);
  });

  it('is sent by the app protocol as the token store names the remote, per response', async () => {
    const kept: { remote?: string } = {};
    const handler = createAppProtocolHandler({
      root: '/app',
      readFile: async () => new Uint8Array([60]),
      contentSecurityPolicy: () => contentSecurityPolicy(kept.remote),
    });
    const policyOf = async () =>
      (await handler(new Request('app://ropa/index.html'))).headers.get('content-security-policy') ?? '';
    expect(connectSrc(await policyOf())).toEqual(["'self'"]);
    kept.remote = 'https://git.example.org';
    expect(connectSrc(await policyOf())).toEqual(["'self'", 'https://git.example.org']);
  });

  it('in the browser build allows https and this computer only (the page cannot follow a remote chosen later)', () => {
    expect(connectSrc(BROWSER_CONTENT_SECURITY_POLICY)).toEqual([
      "'self'",
      'https:',
      'http://127.0.0.1:*',
      'http://localhost:*',
    ]);
  });
});
