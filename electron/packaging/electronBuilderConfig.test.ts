/**
 * electron-builder.yml, read as data: the Electron fuses of the packaged app, what goes into app.asar, the targets,
 * icons and file association. scripts/package-check.mjs (in `npm test`) then packs with this same file and checks
 * the result; this test says what the file must say.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  files?: string[];
  extraMetadata?: { main?: string };
  npmRebuild?: boolean;
  electronFuses?: Record<string, boolean>;
  fileAssociations?: { ext: string; name: string; mimeType?: string }[];
  directories?: { output?: string; buildResources?: string };
  linux?: { target?: string[]; icon?: string; executableName?: string };
  win?: { target?: string[]; icon?: string };
  mac?: { target?: string[]; icon?: string };
}

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const schema = JSON.parse(readFileSync(path.join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as {
  definitions: Record<string, { properties?: Record<string, unknown> }>;
};

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('Electron fuses of the packaged app', () => {
  const fuses = config.electronFuses ?? {};

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableCookieEncryption', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('%s is %s', (fuse, value) => {
    expect(fuses[fuse]).toBe(value);
  });

  it('names only fuses electron-builder 26 knows', () => {
    const known = Object.keys(schema.definitions['FuseOptionsV1']?.properties ?? {});
    expect(known.length).toBeGreaterThan(0);
    for (const fuse of Object.keys(fuses)) expect(known).toContain(fuse);
  });
});

describe('electron-builder configuration', () => {
  it('names the app and packs it into an asar archive', () => {
    expect(config.appId).toBe('be.ropadesk.desktop');
    expect(config.productName).toBe('RoPA Desk');
    expect(config.asar).toBe(true);
    expect(config.extraMetadata?.main).toBe('dist/electron/main.cjs');
    expect(config.npmRebuild).toBe(false);
  });

  it('packs only the built app: no node_modules, no sources, no maps', () => {
    const files = config.files ?? [];
    const included = files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json']);
    expect(files).toContain('!node_modules/**');
    expect(files).toContain('!**/*.map');
    expect(files.some((pattern) => pattern.startsWith('!') && pattern.includes('ts'))).toBe(true);
  });

  it('builds AppImage and deb, nsis and dmg', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('opens .ropa.json files', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'ropa.json', mimeType: 'application/x-ropa-register+json' }),
    ]);
  });

  it('has the icons generated from build/icon.svg', () => {
    expect(config.linux?.icon).toBe('build/icons');
    expect(config.win?.icon).toBe('build/icon.ico');
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(pngSize(path.join(root, 'build', 'icon.png'))).toEqual([1024, 1024]);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(path.join(root, 'build', 'icons', `${size}x${size}.png`))).toEqual([size, size]);
    }
    const ico = readFileSync(path.join(root, 'build', 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(widths).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });
});
