/**
 * Geometry of a horizontal bar chart, as a pure function of the items, the width and a text measurer, so it can be
 * tested without a browser. Each row puts its label on its own line(s) above the bar: labels get the full width
 * (register names and GDPR grounds are long), and wrap onto a second line before they are shortened with "…".
 */

export interface LayoutSegment {
  value: number;
}

export interface LayoutItem {
  label: string;
  value: number;
  valueText: string;
  segments?: readonly LayoutSegment[] | undefined;
}

/** Width in pixels of a text in the chart's font; `bold` for the values at the end of the bars. */
export type MeasureText = (text: string, bold?: boolean) => number;

export const BAR_METRICS = {
  fontSize: 13,
  lineHeight: 17,
  barHeight: 16,
  labelGap: 3,
  rowGap: 12,
  valueGap: 6,
  maxLabelLines: 2,
} as const;

export interface BarRow {
  /** Top of the row (label and bar) and its height: where a link over the row goes. */
  top: number;
  height: number;
  /** Label lines, each with the y of its baseline. */
  lines: { text: string; y: number }[];
  barY: number;
  /** Bar parts from left to right (one part when the item has no segments). */
  parts: { x: number; width: number }[];
  valueX: number;
  valueY: number;
}

export interface BarLayout {
  width: number;
  height: number;
  /** Width of the whole bar area: the length of a bar whose value is the maximum. */
  barArea: number;
  rows: BarRow[];
}

const ELLIPSIS = '…';

/**
 * Splits a label into at most `maxLines` lines no wider than `width`, breaking at spaces (or inside a word that is
 * wider than a line) and ending the last line with "…" when the text does not fit.
 */
export function wrapLabel(text: string, width: number, measure: MeasureText, maxLines: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    const word = words[index] ?? '';
    const candidate = current === '' ? word : `${current} ${word}`;
    if (measure(candidate) <= width) {
      current = candidate;
      index++;
    } else if (current === '') {
      // A single word wider than the line: cut it where it stops fitting.
      let cut = word.length - 1;
      while (cut > 1 && measure(word.slice(0, cut)) > width) cut--;
      lines.push(word.slice(0, cut));
      words[index] = word.slice(cut);
    } else {
      lines.push(current);
      current = '';
    }
  }
  if (current !== '' && lines.length < maxLines) lines.push(current);
  if (index < words.length || lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    let last = kept[kept.length - 1] ?? '';
    while (last.length > 0 && measure(`${last}${ELLIPSIS}`) > width) last = last.slice(0, -1).trimEnd();
    kept[kept.length - 1] = `${last}${ELLIPSIS}`;
    return kept;
  }
  return lines.length > 0 ? lines : [''];
}

export function layoutBars(
  items: readonly LayoutItem[],
  options: { width: number; measure: MeasureText; max?: number | undefined },
): BarLayout {
  const m = BAR_METRICS;
  const width = Math.max(options.width, 120);
  const valueWidth = Math.max(0, ...items.map((item) => options.measure(item.valueText, true)));
  const barArea = Math.max(width - valueWidth - m.valueGap - 2, 20);
  const max = Math.max(options.max ?? 0, ...items.map((item) => item.value), ...items.map((item) => sumOf(item)), 1);
  const scale = (value: number) => (Math.max(0, value) / max) * barArea;
  let y = 0;
  const rows = items.map((item): BarRow => {
    const texts = wrapLabel(item.label, width, options.measure, m.maxLabelLines);
    const top = y;
    const lines = texts.map((text, i) => ({ text, y: top + m.fontSize + i * m.lineHeight }));
    const barY = top + texts.length * m.lineHeight + m.labelGap;
    const parts: { x: number; width: number }[] = [];
    let x = 0;
    for (const value of item.segments ? item.segments.map((s) => s.value) : [item.value]) {
      const w = scale(value);
      if (w > 0) parts.push({ x, width: w });
      x += w;
    }
    const height = barY + m.barHeight - top;
    y = top + height + m.rowGap;
    return {
      top,
      height,
      lines,
      barY,
      parts,
      // Against a fixed scale (percentages) the value sits after the track, so it never covers the bar's remainder.
      valueX: (options.max !== undefined ? barArea : x) + m.valueGap,
      valueY: barY + m.barHeight / 2,
    };
  });
  return { width, height: Math.max(y - m.rowGap, 0), barArea, rows };
}

function sumOf(item: LayoutItem): number {
  return item.segments ? item.segments.reduce((sum, s) => sum + Math.max(0, s.value), 0) : 0;
}

/** A measurer for the tests and for environments without a canvas: a generous average glyph width. */
export function estimateTextWidth(fontSize: number): MeasureText {
  return (text, bold = false) => text.length * fontSize * (bold ? 0.65 : 0.6);
}
