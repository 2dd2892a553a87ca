import { describe, expect, it } from 'vitest';
import { parseRemoteUrl, remoteOrigin } from './remoteUrl';

describe('remote URL', () => {
  it('keeps https addresses, and http ones to this computer, and gives their origin', () => {
    expect(remoteOrigin('https://git.example.org/dpo/register.git')).toBe('https://git.example.org');
    expect(remoteOrigin(' http://127.0.0.1:8080/r.git ')).toBe('http://127.0.0.1:8080');
  });
  it('refuses other schemes, credentials in the address, query strings, fragments and text', () => {
    for (const text of [
      'file:///etc/passwd',
      'ssh://git@example.org/r.git',
      'javascript:alert(1)',
      'https://user:secret@example.org/r.git',
      'https://example.org/r.git#x',
      'https://example.org/r.git?private_token=secret',
      'https://example.org/r.git?',
      'https://example.org/r.git#',
      'http://git.example.org/r.git',
      'not a url',
      '',
    ])
      expect(parseRemoteUrl(text), text).toBeUndefined();
  });
});
