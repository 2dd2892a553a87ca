/**
 * The token of the register's Git repository in the desktop app: encrypted with the operating system's secure
 * storage (Electron's safeStorage: Keychain, DPAPI, libsecret) and written to one small file in userData with the
 * remote's address. The address's origin is the one remote the page's Content-Security-Policy may connect to. The
 * page can save, read back (for the address it names) and forget the token, never list or pick a file.
 */
import { remoteOrigin } from '../../shared/sync/remoteUrl';
import { IpcRefusal } from '../ipc/registerContract';

/** What the store needs of Electron's `safeStorage`. */
export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  /**
   * Linux only: which store encrypts. `basic_text` means no keyring was found and Electron encrypts with a password
   * written in its own source, which protects nothing (Electron's safeStorage documentation).
   */
  getSelectedStorageBackend?(): string;
  encryptString(text: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface TokenFiles {
  readFile(file: string): Promise<Uint8Array>;
  writeFileAtomic(file: string, data: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

interface Kept {
  url: string;
  /** The encrypted token, base64. */
  token: string;
}

export interface SyncTokenStore {
  /** Reads the file once at start, so the first page load already gets the remote in its policy. */
  load(): Promise<void>;
  save(url: string, token: string): Promise<void>;
  read(url: string): Promise<string | null>;
  clear(): Promise<void>;
  /** The connected remote's origin, or undefined: what `connect-src` allows besides the app itself. */
  remoteOrigin(): string | undefined;
}

export function createSyncTokenStore(deps: { file: string; files: TokenFiles; cipher: SecretCipher }): SyncTokenStore {
  let kept: Kept | null = null;

  return {
    async load() {
      try {
        const parsed = JSON.parse(new TextDecoder().decode(await deps.files.readFile(deps.file))) as Partial<Kept>;
        kept =
          typeof parsed.url === 'string' && typeof parsed.token === 'string' && remoteOrigin(parsed.url)
            ? { url: parsed.url, token: parsed.token }
            : null;
      } catch {
        // No file (never connected) or one that cannot be read: not connected.
        kept = null;
      }
    },
    async save(url, token) {
      // Plain text on disk is what the secure storage is for; without it the token is not kept at all. On Linux without
      // a keyring Electron still "encrypts", with a fixed password: that is plain text too.
      const backend = process.platform === 'linux' ? deps.cipher.getSelectedStorageBackend?.() : undefined;
      if (!deps.cipher.isEncryptionAvailable() || backend === 'basic_text')
        throw new IpcRefusal('no secure storage for the token');
      const next = { url, token: deps.cipher.encryptString(token).toString('base64') };
      await deps.files.writeFileAtomic(deps.file, JSON.stringify(next));
      kept = next;
    },
    async read(url) {
      if (kept === null || kept.url !== url) return null;
      try {
        return deps.cipher.decryptString(Buffer.from(kept.token, 'base64'));
      } catch {
        // Encrypted by another user account or machine: asked again.
        return null;
      }
    },
    async clear() {
      kept = null;
      await deps.files.unlink(deps.file).catch(() => undefined);
    },
    remoteOrigin: () => (kept === null ? undefined : remoteOrigin(kept.url)),
  };
}
