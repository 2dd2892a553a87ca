import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registerFileDocumentation } from './documentation';

describe('register file documentation', () => {
  it('docs/register-file.md is what the descriptors say (run npm run docs:register-file after a change)', () => {
    const committed = readFileSync(new URL('../../docs/register-file.md', import.meta.url), 'utf8');
    expect(committed).toBe(registerFileDocumentation());
  });

  it('documents every kind with its links and internal fields', () => {
    const text = registerFileDocumentation();
    expect(text).toContain('## Processing activities (`activities`)');
    expect(text).toMatch(/\| `retention.dataCategoryIds` \|.*list of ids of data categories/);
    expect(text).toMatch(/\| `owner` \|.*internal/);
    expect(text).toMatch(/\| `purposes` \|.*Art\. 30\(1\)\(b\)/);
  });
});
