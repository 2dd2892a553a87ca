// Line breaking ahead of pdfmake is only safe if its widths are never smaller than what pdfmake measures: checked here
// against the Roboto files the export embeds, with kerning, on every text of the sample register.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sampleRegister } from '../sample/sampleRegister';
import type { Inline, TextNode } from './docTypes';
import { faceOf, keepShortLines, textWidth } from './fit';
import { ROBOTO_CODE_RANGES, ROBOTO_UNITS_PER_EM, ROBOTO_WIDTHS } from './robotoWidths';

interface Font {
  unitsPerEm: number;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
  layout(text: string): { positions: { xAdvance: number }[] };
}
const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(data: Uint8Array): Font };
const vfs = require('pdfmake/build/vfs_fonts.js') as Record<string, string>;
const FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;
const fonts = Object.fromEntries(
  Object.entries(FILES).map(([face, file]) => [face, fontkit.create(Buffer.from(vfs[file] as string, 'base64'))]),
) as Record<keyof typeof FILES, Font>;

function texts(): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(sampleRegister());
  return out;
}

describe('the Roboto width table', () => {
  it('holds the advance widths of the bundled fonts', () => {
    for (const face of Object.keys(FILES) as (keyof typeof FILES)[]) {
      expect(fonts[face].unitsPerEm).toBe(ROBOTO_UNITS_PER_EM);
      const widths = ROBOTO_WIDTHS[face].split(' ').map((v) => parseInt(v, 36));
      let i = 0;
      for (const [from, to] of ROBOTO_CODE_RANGES) {
        for (let code = from; code <= to; code++) {
          expect(widths[i++], `${face} U+${code.toString(16)}`).toBe(fonts[face].glyphForCodePoint(code).advanceWidth);
        }
      }
    }
  });

  it('never gives a width smaller than the laid-out text, kerning included', () => {
    const under: string[] = [];
    for (const face of Object.keys(FILES) as (keyof typeof FILES)[]) {
      for (const text of texts()) {
        const laidOut = fonts[face].layout(text).positions.reduce((sum, p) => sum + p.xAdvance, 0);
        const real = (laidOut * 10) / ROBOTO_UNITS_PER_EM;
        if (textWidth(text, 10, face) < real) under.push(`${face}: ${text}`);
      }
    }
    expect(under).toEqual([]);
  });
});

describe('keepShortLines', () => {
  it('breaks a paragraph at spaces into unwrapped lines that fit, and keeps every character', () => {
    const sentence =
      'Uitvoering van de Brusselse sociale bescherming en alle taken die RMOB CM Brussel daarin toevertrouwd zijn';
    const node: TextNode = { text: ['Naam', { text: ' [nl]', fontSize: 6.5 }, '\n', sentence] };
    keepShortLines(node, 150);
    const runs = node.text as (string | Inline)[];
    const joined = runs.map((r) => (typeof r === 'string' ? r : (r.text as string))).join('');
    expect(joined.replace(/\n/g, ' ').replace(/\s+/g, ' ')).toBe(`Naam [nl] ${sentence}`);
    const lines = joined.split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(textWidth(line.trimEnd(), 9, faceOf(false, false))).toBeLessThanOrEqual(150);
    for (const run of runs) if (typeof run !== 'string') expect(run.noWrap).toBe(true);
  });

  it('leaves a word longer than the column to pdfmake', () => {
    const node: TextNode = { text: `https://example.org/${'x'.repeat(200)}` };
    keepShortLines(node, 150);
    expect((node.text as (string | Inline)[]).some((r) => typeof r !== 'string' && r.noWrap === true)).toBe(false);
  });
});
