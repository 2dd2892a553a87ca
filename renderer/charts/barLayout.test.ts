import { describe, expect, it } from 'vitest';
import { BAR_METRICS, estimateTextWidth, layoutBars, wrapLabel } from './barLayout';

/** One pixel per character, bold or not: easy to reason about. */
const mono = (text: string) => text.length;

describe('wrapping bar labels', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('Landsbond', 20, mono, 2)).toEqual(['Landsbond']);
  });

  it('breaks at spaces onto a second line', () => {
    expect(wrapLabel('Regionale ziekenfondsen CM', 20, mono, 2)).toEqual(['Regionale', 'ziekenfondsen CM']);
  });

  it('ends the last line with an ellipsis when the text needs more lines than allowed', () => {
    const lines = wrapLabel('Art. 46.2.c AVG – Door de Commissie vastgestelde standaardbepalingen', 20, mono, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  it('cuts a single word wider than the line', () => {
    const lines = wrapLabel('Rijksregisternummergegevens', 10, mono, 3);
    expect(lines.join('')).toBe('Rijksregisternummergegevens');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
  });

  it('survives an empty label', () => {
    expect(wrapLabel('  ', 10, mono, 2)).toEqual(['']);
  });
});

describe('bar geometry', () => {
  const items = [
    { label: 'Errors', value: 15, valueText: '15' },
    { label: 'Warnings', value: 60, valueText: '60' },
    { label: 'Information', value: 0, valueText: '0' },
  ];

  it('scales bars to the largest value and leaves room for the value text', () => {
    const layout = layoutBars(items, { width: 300, measure: mono });
    const [errors, warnings, info] = layout.rows;
    expect(warnings?.parts[0]?.width).toBeCloseTo(layout.barArea);
    expect(errors?.parts[0]?.width).toBeCloseTo(layout.barArea / 4);
    expect(info?.parts).toEqual([]);
    expect(layout.barArea + BAR_METRICS.valueGap + 2).toBeLessThanOrEqual(300);
    for (const row of layout.rows) expect(row.valueX + 2).toBeLessThanOrEqual(300);
  });

  it('stacks the rows without overlap and reports the total height', () => {
    const layout = layoutBars(items, { width: 300, measure: mono });
    for (let i = 1; i < layout.rows.length; i++) {
      const previous = layout.rows[i - 1];
      const row = layout.rows[i];
      if (!previous || !row) continue;
      expect(row.top).toBeGreaterThanOrEqual(previous.top + previous.height);
    }
    const last = layout.rows.at(-1);
    expect(layout.height).toBe((last?.top ?? 0) + (last?.height ?? 0));
  });

  it('draws against a fixed maximum and puts the value after the track', () => {
    const layout = layoutBars([{ label: 'French', value: 25, valueText: '25 %' }], {
      width: 200,
      measure: mono,
      max: 100,
    });
    expect(layout.rows[0]?.parts[0]?.width).toBeCloseTo(layout.barArea / 4);
    expect(layout.rows[0]?.valueX).toBe(layout.barArea + BAR_METRICS.valueGap);
  });

  it('stacks segments left to right', () => {
    const layout = layoutBars(
      [{ label: 'LCM', value: 4, valueText: '4', segments: [{ value: 3 }, { value: 0 }, { value: 1 }] }],
      { width: 200, measure: mono },
    );
    const parts = layout.rows[0]?.parts ?? [];
    expect(parts).toHaveLength(2);
    expect(parts[1]?.x).toBeCloseTo((parts[0]?.x ?? 0) + (parts[0]?.width ?? 0));
    expect((parts[0]?.width ?? 0) + (parts[1]?.width ?? 0)).toBeCloseTo(layout.barArea);
  });

  it('gives long labels a second line', () => {
    const measure = estimateTextWidth(BAR_METRICS.fontSize);
    const layout = layoutBars(
      [
        {
          label: 'RMOB CM Brussel (Regionale Maatschappij van Onderlinge Bijstand CM Brussel)',
          value: 6,
          valueText: '6',
        },
      ],
      { width: 300, measure },
    );
    expect(layout.rows[0]?.lines).toHaveLength(2);
  });
});
