/**
 * Column widths that fit the header's longest word in the interface language: Dutch compounds such as
 * "Verwerkingsverantwoordelijken" should not be broken in the middle when a little more width avoids it.
 */

/** The header font, as app.css sets it for `.record-table thead th`. */
const HEADER_FONT = "600 13px system-ui, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif";
/** Cell padding, sort icon, filter button and the gaps between them. */
const HEADER_CHROME = 70;
const MAX_WIDTH = 320;

let measure: CanvasRenderingContext2D | null | undefined;

function textWidth(text: string): number {
  if (measure === undefined)
    measure = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * 8;
  measure.font = HEADER_FONT;
  return measure.measureText(text).width;
}

export function columnWidth(base: number, header: string): number {
  const longest = Math.max(0, ...header.split(/\s+/).map(textWidth));
  return Math.max(base, Math.min(MAX_WIDTH, Math.ceil(longest) + HEADER_CHROME));
}
