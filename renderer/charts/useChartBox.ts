/**
 * The width a chart has to draw in (followed as the window resizes) and a measurer for its text in the font the page
 * really uses, so the SVG is drawn at its true size: text never scales with the window and labels wrap where they
 * actually stop fitting.
 */
import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { estimateTextWidth, type MeasureText } from './barLayout';

const DEFAULT_WIDTH = 480;
/** The weight of the values drawn at the end of the bars (BarChart draws them with this weight). */
export const VALUE_WEIGHT = 600;

let canvas: HTMLCanvasElement | undefined;

function canvasMeasurer(font: string, fallback: MeasureText): MeasureText {
  if (typeof document === 'undefined') return fallback;
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return fallback;
  const cache = new Map<string, number>();
  return (text, bold = false) => {
    const key = `${bold ? 'b' : 'n'}${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = bold ? `${VALUE_WEIGHT} ${font}` : font;
      // A pixel of slack: canvas and SVG round glyph advances differently.
      width = Math.ceil(context.measureText(text).width) + 1;
      cache.set(key, width);
    }
    return width;
  };
}

export function useChartBox(
  ref: RefObject<HTMLElement | null>,
  fontSize: number,
): { width: number; measure: MeasureText } {
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const [fontFamily, setFontFamily] = useState<string | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const next = Math.floor(element.clientWidth);
      if (next > 0) setWidth(next);
    };
    update();
    setFontFamily(getComputedStyle(element).fontFamily || undefined);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  const measure = useMemo(
    () => canvasMeasurer(`${fontSize}px ${fontFamily ?? 'system-ui, sans-serif'}`, estimateTextWidth(fontSize)),
    [fontFamily, fontSize],
  );
  return { width, measure };
}
