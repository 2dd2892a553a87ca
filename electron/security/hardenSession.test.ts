// The session's request filter with a connected Git remote: requests reach the app, devtools and that remote's
// origin only, and the remote's answers get the CORS headers the page needs (Git servers send none).
import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../protocol/appProtocol';
import { createFakeElectron } from '../test/fakeElectron';
import { hardenSession } from './hardenSession';

type Filter = (details: Record<string, unknown>, callback: (response: Record<string, unknown>) => void) => void;

function setup(remote: { origin?: string }) {
  const { module } = createFakeElectron();
  const session = module.session.defaultSession;
  hardenSession(session as unknown as Session, 'linux', () => remote.origin);
  const before = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as Filter;
  const headers = session.webRequest.onHeadersReceived.mock.calls[0]?.[0] as Filter;
  const answer = (filter: Filter, details: Record<string, unknown>) => {
    let response: Record<string, unknown> = {};
    filter(details, (r) => (response = r));
    return response;
  };
  return {
    cancelled: (url: string) => answer(before, { url }).cancel,
    headersFor: (url: string, method: string, responseHeaders: Record<string, string[]>) =>
      answer(headers, { url, method, responseHeaders }),
  };
}

describe('session hardening with a Git remote', () => {
  it('cancels every remote request while no register is connected', () => {
    const { cancelled } = setup({});
    expect(cancelled(`${APP_ORIGIN}/index.html`)).toBe(false);
    expect(cancelled('https://git.example.org/dpo/register.git/info/refs')).toBe(true);
  });

  it('lets requests through to the connected remote origin only, following a change of connection', () => {
    const remote: { origin?: string } = { origin: 'https://git.example.org' };
    const { cancelled } = setup(remote);
    expect(cancelled('https://git.example.org/dpo/register.git/info/refs?service=git-upload-pack')).toBe(false);
    expect(cancelled('https://git.example.org.evil.example/x')).toBe(true);
    expect(cancelled('http://git.example.org/dpo/register.git')).toBe(true);
    expect(cancelled('https://other.example/')).toBe(true);
    delete remote.origin;
    expect(cancelled('https://git.example.org/dpo/register.git/info/refs')).toBe(true);
  });

  it("gives the remote's answers CORS headers for the app, a preflight a success, and leaves other answers alone", () => {
    const { headersFor } = setup({ origin: 'https://git.example.org' });
    const preflight = headersFor('https://git.example.org/r.git/git-upload-pack', 'OPTIONS', {
      'access-control-allow-origin': ['*'],
    });
    expect(preflight['statusLine']).toBe('HTTP/1.1 204 No Content');
    const responseHeaders = preflight['responseHeaders'] as Record<string, string[]>;
    expect(responseHeaders['Access-Control-Allow-Origin']).toEqual([APP_ORIGIN]);
    expect(responseHeaders['access-control-allow-origin']).toBeUndefined();
    expect(responseHeaders['Access-Control-Allow-Headers']?.[0]).toContain('authorization');

    const post = headersFor('https://git.example.org/r.git/git-upload-pack', 'POST', { 'content-type': ['x'] });
    expect(post['statusLine']).toBeUndefined();
    expect((post['responseHeaders'] as Record<string, string[]>)['content-type']).toEqual(['x']);

    expect(headersFor('https://other.example/', 'GET', {})).toEqual({});
  });
});
