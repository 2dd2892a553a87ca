import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

/** The policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

const root = path.resolve(__dirname, '..', '..');

/** Source files of the app and its build configuration (not dependencies, not build output; scripts/ holds the checkers). */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry);
    if (['node_modules', 'dist', 'release', 'test-results', '.git'].includes(entry)) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mjs|js|html|json|yml)$/.test(entry) ? [full] : [];
  });
}

describe('content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows no eval, no inline script and no WebAssembly compilation from strings', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-eval|unsafe-inline|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/,
    );
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('denies by default and names only the app itself, data: and blob: as sources', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      for (const source of sources)
        expect(["'self'", "'none'", 'data:', 'blob:'], `${name} ${source}`).toContain(source);
    }
  });

  it('closes objects, frames, forms and the base URL', () => {
    for (const name of ['object-src', 'frame-src', 'form-action', 'base-uri'])
      expect(policy.get(name)).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('is the only policy: no source file of the app (tests aside) asks for unsafe-eval', () => {
    const offenders = ['electron', 'renderer', 'shared', 'build']
      .flatMap((folder) => sourceFiles(path.join(root, folder)))
      .concat(['vite.config.ts', 'electron-builder.yml', 'package.json'].map((file) => path.join(root, file)))
      .filter((file) => !/\.test\.tsx?$/.test(file))
      .filter((file) => readFileSync(file, 'utf8').includes('unsafe-eval'));
    expect(offenders).toEqual([]);
  });
});
