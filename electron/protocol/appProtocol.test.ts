import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from './appProtocol';

const root = path.resolve('/opt/ropa/resources/app/dist/renderer');

describe('app:// protocol', () => {
  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppPath('app://ropa/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://ropa/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://ropa/assets/index-abc.js?v=1', root)).toBe(path.join(root, 'assets', 'index-abc.js'));
  });

  it.each([
    'app://ropa/../../etc/passwd',
    'app://ropa/..%2F..%2Fetc%2Fpasswd',
    'app://ropa/%2e%2e/%2e%2e/etc/passwd',
    'app://ropa/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://ropa/assets/..%5C..%5Cetc%5Cpasswd',
    'app://ropa/assets\\..\\..\\etc\\passwd',
    'app://ropa/%252e%252e/etc/passwd',
    'app://ropa/index.html%00.js',
    'app://ropa/%',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://example.com/index.html',
  ])('refuses %s', (url) => {
    const resolved = resolveAppPath(url, root);
    // Either refused outright, or (double encoding) kept harmlessly inside the root.
    if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
    if (!url.includes('%252e')) expect(resolved).toBeNull();
  });

  it('answers 403 to a traversal and serves files with the CSP header', async () => {
    const read: string[] = [];
    const handler = createAppProtocolHandler({
      root,
      readFile: async (file) => {
        read.push(file);
        return new TextEncoder().encode('<html></html>');
      },
    });
    const refused = await handler(new Request('app://ropa/..%2F..%2Fetc%2Fpasswd'));
    expect(refused.status).toBe(403);
    expect(read).toEqual([]);
    const served = await handler(new Request('app://ropa/index.html'));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toContain('text/html');
    expect(served.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(served.headers.get('content-security-policy')).not.toContain('unsafe-eval');
  });

  it('answers 404 when the file does not exist', async () => {
    const handler = createAppProtocolHandler({ root, readFile: () => Promise.reject(new Error('ENOENT')) });
    expect((await handler(new Request('app://ropa/missing.js'))).status).toBe(404);
  });
});
