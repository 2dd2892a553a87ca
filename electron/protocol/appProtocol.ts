/**
 * The `app://ropa/` protocol that serves the built renderer. A fixed, privileged, standard and secure origin
 * keeps IndexedDB in the same place across versions (file:// or a changing port would orphan it).
 * The handler takes its file reader as a parameter so it can be tested without Electron.
 */
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ropa';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** What `protocol.registerSchemesAsPrivileged` receives, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * The file under `root` that a request URL names, or null when the URL is not ours or tries to leave `root`
 * (`..`, encoded `%2e%2e`, `%2f`, backslashes, NUL bytes).
 */
export function resolveAppPath(requestUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  // The raw path, before URL normalisation, must not carry traversal in any encoding.
  const rawPath = requestUrl.slice(APP_ORIGIN.length).split(/[?#]/)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || /(^|\/)\.\.(\/|$)/.test(decoded)) return null;
  if (/%2f|%5c/i.test(rawPath)) return null;
  const relative = decoded === '' || decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const full = path.resolve(resolvedRoot, relative);
  if (full !== resolvedRoot && !full.startsWith(resolvedRoot + path.sep)) return null;
  return full;
}

export interface ProtocolDeps {
  root: string;
  readFile: (file: string) => Promise<Uint8Array>;
  /** The policy to send, asked per response: it names the connected Git remote, which the user may change. */
  contentSecurityPolicy?: () => string | Promise<string>;
}

/** The handler given to `protocol.handle(APP_SCHEME, ...)`. */
export function createAppProtocolHandler(deps: ProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppPath(request.url, deps.root);
    if (!file) return new Response('Forbidden', { status: 403 });
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405 });
    try {
      const body = await deps.readFile(file);
      const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'Content-Type': type,
          'Content-Security-Policy': (await deps.contentSecurityPolicy?.()) ?? CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
