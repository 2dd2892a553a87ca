/** Finding 8's text checks on their own: what they find, what normalising does, and the quick check on file text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnsafeText, jsonTextMayHoldUnsafeText, normaliseText, unsafeTextReason, withSafeText } from './textSafety';

/** Any UTF-16 text, lone surrogates and NUL included. */
const anyText = fc.string({ unit: 'binary' });

describe('finding 8: text safety', () => {
  it('finding 8: names NUL and lone surrogates, and accepts surrogate pairs', () => {
    expect(unsafeTextReason('a\u0000b')).toBe('nul');
    expect(unsafeTextReason('a\uD800')).toBe('loneSurrogate');
    expect(unsafeTextReason('\uDC00a')).toBe('loneSurrogate');
    expect(unsafeTextReason('\uDE00\uD83D')).toBe('loneSurrogate');
    expect(unsafeTextReason('😀 𝄞 é\t\n')).toBeUndefined();
    expect(findUnsafeText({ a: ['ok', { b: 'x\u0000' }], ['k\uD800']: 1 })).toEqual([
      { path: ['k\uD800'], reason: 'loneSurrogate', codeUnit: 0xd800, inKey: true },
      { path: ['a', 1, 'b'], reason: 'nul', codeUnit: 0, inKey: false },
    ]);
  });

  it('finding 8: normaliseText leaves safe text alone and makes any text safe, once and for all', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const normal = normaliseText(text);
        expect(unsafeTextReason(normal)).toBeUndefined();
        expect(normaliseText(normal)).toBe(normal);
        if (unsafeTextReason(text) === undefined) expect(normal).toBe(text);
        // A register file round trip keeps normalised text exactly.
        expect(JSON.parse(new TextDecoder().decode(new TextEncoder().encode(JSON.stringify(normal))))).toBe(normal);
      }),
      { numRuns: 500 },
    );
    expect(normaliseText('a\u0000b\uD800c')).toBe('ab\uFFFDc');
  });

  it('finding 8: the quick check on a JSON text never misses unsafe text', () => {
    fc.assert(
      fc.property(fc.dictionary(anyText, anyText, { maxKeys: 3 }), (value) => {
        const json = JSON.stringify(value);
        if (findUnsafeText(JSON.parse(json)).length > 0) expect(jsonTextMayHoldUnsafeText(json)).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(jsonTextMayHoldUnsafeText('{"a":"\\uD83D\\uDE00"}')).toBe(true);
    expect(jsonTextMayHoldUnsafeText('{"a":"plain é 😀"}')).toBe(false);
  });
});

describe('finding 8 (the editor): withSafeText', () => {
  it('cleans every text of a value and keeps a clean value as the same object', () => {
    const clean = { name: 'A', purposes: [{ id: 'x', description: 'B' }] };
    expect(withSafeText(clean)).toBe(clean);
    expect(withSafeText({ name: 'A\u0000', purposes: [{ id: 'x', description: 'B\uD800' }] })).toEqual({
      name: 'A',
      purposes: [{ id: 'x', description: 'B\uFFFD' }],
    });
    expect(withSafeText('\u0000')).toBe('');
  });
});
