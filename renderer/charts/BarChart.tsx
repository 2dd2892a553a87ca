/**
 * A horizontal bar chart as inline SVG. For every reader:
 * - sighted: a label above each bar and the value at its end, colours from a colour-blind-safe palette with outlines;
 * - screen reader: the SVG is one image (`role="img"`) whose name states every figure, followed by the figures as a
 *   table in a disclosure;
 * - keyboard: when an item has an address, its whole row is a link (an HTML link laid over the row, so it is
 *   focusable, shows the focus ring around the row and is read as "label: value unit").
 * The SVG uses presentation attributes only (the CSP forbids inline style elements).
 */
import { useId, useMemo, useRef } from 'react';
import { LOCALE_OF } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import { useI18n } from '../app/i18n';
import { DASHBOARD_MESSAGES } from '../dashboard/messages';
import { BAR_METRICS, layoutBars } from './barLayout';
import { CHART_TONES, type ChartTone } from './palette';
import { useChartBox, VALUE_WEIGHT } from './useChartBox';

export interface BarSegment {
  /** Stable key (e.g. the status code). */
  key: string;
  label: string;
  value: number;
  tone: ChartTone;
}

export interface BarItem {
  label: string;
  value: number;
  /** Where the row leads; the row becomes a link. */
  href?: string | undefined;
  /** The text at the end of the bar; the value in the interface locale unless given. */
  valueText?: string | undefined;
  /** The bar's colour; the chart's tone unless given. */
  tone?: ChartTone | undefined;
  /** Parts of a stacked bar (e.g. activities per status), drawn left to right; shown in the legend and the table. */
  segments?: readonly BarSegment[] | undefined;
}

export interface BarChartProps {
  title: string;
  items: readonly BarItem[];
  /** What the values count ("findings", "% translated"): in the image's description and the table's header. */
  unit: string;
  /** The value a full-width bar stands for (100 for percentages); the largest value unless given. */
  max?: number | undefined;
  tone?: ChartTone | undefined;
  /** Colour keys to explain, when colours carry a meaning (severity, country status, status of a segment). */
  legend?: readonly { label: string; tone: ChartTone }[] | undefined;
  /** A sentence under the title. */
  description?: string | undefined;
  headingLevel?: 2 | 3 | 4;
}

export function BarChart({
  title,
  items,
  unit,
  max,
  tone = 'blue',
  legend,
  description,
  headingLevel = 3,
}: BarChartProps) {
  const { lang } = useI18n();
  const t = (key: 'chartFigures' | 'chartCategory' | 'chartEmpty' | 'chartLegend') =>
    translate(DASHBOARD_MESSAGES, lang, key);
  const titleId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, measure } = useChartBox(boxRef, BAR_METRICS.fontSize);
  const number = useMemo(() => new Intl.NumberFormat(LOCALE_OF[lang]), [lang]);
  const valueTexts = items.map((item) => item.valueText ?? number.format(item.value));
  const layout = layoutBars(
    items.map((item, i) => ({
      label: item.label,
      value: item.value,
      valueText: valueTexts[i] ?? '',
      segments: item.segments,
    })),
    { width, measure, max },
  );
  const summary = `${title} (${unit}): ${
    items.length === 0 ? t('chartEmpty') : items.map((item, i) => `${item.label} ${valueTexts[i]}`).join('; ')
  }.`;
  const segmentColumns = segmentKeys(items);
  const Heading = `h${headingLevel}` as const;

  return (
    <figure className="bar-chart" aria-labelledby={titleId}>
      <figcaption>
        <Heading id={titleId} className="bar-chart-title">
          {title}
        </Heading>
        {description && <p className="bar-chart-description">{description}</p>}
      </figcaption>
      {legend && legend.length > 0 && (
        <ul className="chart-legend" aria-label={t('chartLegend')}>
          {legend.map((entry) => (
            <li key={entry.label}>
              <svg width="12" height="12" aria-hidden="true" focusable="false">
                <rect
                  x="0.5"
                  y="0.5"
                  width="11"
                  height="11"
                  fill={CHART_TONES[entry.tone].fill}
                  stroke={CHART_TONES[entry.tone].stroke}
                />
              </svg>
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      <div className="bar-chart-box" ref={boxRef}>
        {items.length === 0 ? (
          <p className="empty">{t('chartEmpty')}</p>
        ) : (
          <>
            <svg
              role="img"
              aria-label={summary}
              width={layout.width}
              height={layout.height}
              viewBox={`0 0 ${layout.width} ${layout.height}`}
              className="bar-chart-svg"
              focusable="false"
            >
              {layout.rows.map((row, i) => {
                const item = items[i];
                if (!item) return null;
                const parts = item.segments
                  ? item.segments.filter((s) => s.value > 0).map((s) => CHART_TONES[s.tone])
                  : [CHART_TONES[item.tone ?? tone]];
                return (
                  <g key={`${i}-${item.label}`}>
                    {max !== undefined && (
                      <rect x={0} y={row.barY} width={layout.barArea} height={BAR_METRICS.barHeight} fill="#eef1f5" />
                    )}
                    {row.parts.map((part, p) => {
                      const colours = parts[p] ?? CHART_TONES[tone];
                      return (
                        <rect
                          key={p}
                          x={part.x + 0.5}
                          y={row.barY + 0.5}
                          width={Math.max(part.width - 1, 1)}
                          height={BAR_METRICS.barHeight - 1}
                          fill={colours.fill}
                          stroke={colours.stroke}
                        />
                      );
                    })}
                    {row.lines.map((line, l) => (
                      <text key={l} x={0} y={line.y} fontSize={BAR_METRICS.fontSize} fill="#1d2733">
                        {line.text}
                      </text>
                    ))}
                    <text
                      x={row.valueX}
                      y={row.valueY}
                      dominantBaseline="central"
                      fontSize={BAR_METRICS.fontSize}
                      fontWeight={VALUE_WEIGHT}
                      fill="#1d2733"
                    >
                      {valueTexts[i]}
                    </text>
                  </g>
                );
              })}
            </svg>
            {items.map((item, i) => {
              const row = layout.rows[i];
              if (!item.href || !row) return null;
              return (
                <a
                  key={`${i}-${item.label}`}
                  className="bar-chart-link"
                  href={item.href}
                  style={{ top: row.top - 3, height: row.height + 6 }}
                >
                  <span className="visually-hidden">{`${item.label}: ${valueTexts[i]} ${unit}`}</span>
                </a>
              );
            })}
          </>
        )}
      </div>
      {items.length > 0 && (
        <details className="chart-figures">
          <summary>{t('chartFigures')}</summary>
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chartCategory')}</th>
                <th scope="col" className="numeric">
                  {unit.charAt(0).toUpperCase() + unit.slice(1)}
                </th>
                {segmentColumns.map((column) => (
                  <th scope="col" className="numeric" key={column.key}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item, i) => (
                <tr key={`${i}-${item.label}`}>
                  <th scope="row">{item.label}</th>
                  <td className="numeric">{valueTexts[i]}</td>
                  {segmentColumns.map((column) => {
                    const segment = item.segments?.find((s) => s.key === column.key);
                    return (
                      <td className="numeric" key={column.key}>
                        {number.format(segment?.value ?? 0)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

function segmentKeys(items: readonly BarItem[]): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const item of items)
    for (const segment of item.segments ?? []) if (!seen.has(segment.key)) seen.set(segment.key, segment.label);
  return [...seen].map(([key, label]) => ({ key, label }));
}
