/**
 * A real Git server on 127.0.0.1 for the sharing tests (Vitest and Playwright alike): Git's own `git http-backend`
 * run as CGI behind a small Node HTTP server, over bare repositories in a temporary folder. Nothing global is
 * configured: the backend gets its root from environment variables and each bare repository allows pushes in its
 * own config. CORS headers let the browser build (another origin) talk to it; basic authentication is checked when
 * a token is given, so the app's credentials are exercised too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface GitServerOptions {
  /** When set, every request must carry basic authentication with this password (any user name). */
  token?: string;
}

export interface GitServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Creates an empty bare repository and returns its URL (`<origin>/<name>.git`). */
  createRepository(name: string): string;
  /** The bare repository's folder on disk, for tests that look at it with plain Git. */
  repositoryPath(name: string): string;
  /** Commits these files (path to text) with plain Git and pushes them to the repository's `main`. */
  pushFiles(name: string, files: ReadonlyMap<string, string>, message: string): void;
  /**
   * Called once before the next push is received (the test pushes from elsewhere meanwhile, so the push that
   * triggered it is refused as not a fast-forward).
   */
  beforeNextPush(action: () => Promise<void>): void;
  /** Refuses every push with HTTP 500 while set (a server that fails mid-sync). */
  failPushes: boolean;
  /** How many requests reached the server, preflights included (nothing may reach it unless the user syncs). */
  readonly requestCount: number;
  close(): Promise<void>;
}

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, git-protocol, user-agent, accept',
  'access-control-expose-headers': 'content-type',
  'access-control-max-age': '600',
};

/** Runs plain Git (never with the user's global config changed: the identity is given in the environment). */
export function git(args: string[], cwd?: string): string {
  const identity = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org' };
  const env = { ...process.env, ...identity, GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org' };
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function authorized(request: IncomingMessage, token: string | undefined): boolean {
  if (token === undefined) return true;
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return false;
  const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1) === token;
}

/** Runs `git http-backend` for one request and relays its CGI answer (headers, then body). */
function runBackend(root: string, request: IncomingMessage, response: ServerResponse, body: Buffer): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const child = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      REQUEST_METHOD: request.method ?? 'GET',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: request.headers['content-type'] ?? '',
      CONTENT_LENGTH: String(body.length),
      REMOTE_ADDR: '127.0.0.1',
      REMOTE_USER: 'test',
      GIT_PROTOCOL: String(request.headers['git-protocol'] ?? ''),
      HTTP_CONTENT_ENCODING: String(request.headers['content-encoding'] ?? ''),
    },
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.resume();
  child.on('close', () => {
    const output = Buffer.concat(chunks);
    let split = output.indexOf('\r\n\r\n');
    let gap = 4;
    if (split < 0) {
      split = output.indexOf('\n\n');
      gap = 2;
    }
    if (split < 0) {
      response.writeHead(500, CORS_HEADERS).end('git http-backend gave no headers');
      return;
    }
    let status = 200;
    const headers: Record<string, string> = { ...CORS_HEADERS };
    for (const line of output.subarray(0, split).toString('utf8').split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'status') status = Number.parseInt(value, 10);
      else headers[name] = value;
    }
    response.writeHead(status, headers).end(output.subarray(split + gap));
  });
  // A GET has no body, and the backend may exit before reading one: a closed pipe is no failure of the request.
  child.stdin.on('error', () => undefined);
  child.on('error', () => response.writeHead(500, CORS_HEADERS).end('git http-backend could not start'));
  child.stdin.end(body);
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startGitServer(options: GitServerOptions = {}): Promise<GitServer> {
  const root = mkdtempSync(path.join(tmpdir(), 'ropa-git-server-'));
  const pendingBeforePush: (() => Promise<void>)[] = [];
  const state = { failPushes: false, requests: 0 };

  const server = createServer((request, response) => {
    state.requests += 1;
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS).end();
      return;
    }
    if (!authorized(request, options.token)) {
      response.writeHead(401, { ...CORS_HEADERS, 'www-authenticate': 'Basic realm="git"' }).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const isPush = (request.url ?? '').includes('git-receive-pack') && request.method === 'POST';
      if (isPush && state.failPushes) {
        response.writeHead(500, CORS_HEADERS).end('pushes are refused by the test');
        return;
      }
      const before = isPush ? pendingBeforePush.shift() : undefined;
      const run = () => runBackend(root, request, response, Buffer.concat(chunks));
      if (before) before().then(run, (error: unknown) => response.writeHead(500, CORS_HEADERS).end(String(error)));
      else run();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    createRepository(name) {
      const dir = path.join(root, `${name}.git`);
      git(['init', '--quiet', '--bare', '--initial-branch=main', dir]);
      git(['config', 'http.receivepack', 'true'], dir);
      return `${origin}/${name}.git`;
    },
    repositoryPath: (name) => path.join(root, `${name}.git`),
    pushFiles(name, files, message) {
      const work = mkdtempSync(path.join(tmpdir(), 'ropa-git-work-'));
      try {
        git(['clone', '--quiet', path.join(root, `${name}.git`), work]);
        for (const [file, text] of files) {
          mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
          writeFileSync(path.join(work, file), text);
        }
        git(['add', '-A'], work);
        git(['commit', '--quiet', '-m', message], work);
        git(['push', '--quiet', 'origin', 'HEAD:main'], work);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    beforeNextPush: (action) => pendingBeforePush.push(action),
    get requestCount() {
      return state.requests;
    },
    get failPushes() {
      return state.failPushes;
    },
    set failPushes(value: boolean) {
      state.failPushes = value;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
