/**
 * The findings of the register: how many of each severity (a chart), and the findings themselves, most severe first,
 * each a link that opens the record at the field concerned. The list starts short; "show all" lists every one.
 */
import { useState } from 'react';
import { kindTitle } from '../../shared/catalogue/fieldLabels';
import { findingsMostSevereFirst } from '../../shared/dashboard/registerStatistics';
import { SEVERITIES, type Finding, type Severity } from '../../shared/validation/finding';
import { findingMessage } from '../../shared/validation/validate';
import { routeHref } from '../app/routes';
import { BarChart } from '../charts/BarChart';
import type { ChartTone } from '../charts/palette';
import { useDashboardText, type DashboardText } from './dashboardText';
import type { DashboardMessageKey } from './messages';

/** How many findings the list shows before "show all". */
export const FINDINGS_SHOWN = 10;

export const SEVERITY_TONE: Readonly<Record<Severity, ChartTone>> = {
  error: 'vermillion',
  warning: 'amber',
  info: 'blue',
};

/** Plural messages: a finding's badge is "Error", the chart and the filter agree with their count. */
const SEVERITY_WORD: Readonly<Record<Severity, DashboardMessageKey>> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** Where a finding leads: its record, at its field; the table of its kind when it names no record. */
export function findingHref(finding: Finding): string | undefined {
  if (finding.kind === 'meta') return undefined;
  return routeHref({
    screen: 'records',
    kind: finding.kind,
    ...(finding.recordId ? { id: finding.recordId } : {}),
    ...(finding.recordId && finding.field ? { field: finding.field } : {}),
  });
}

function FindingItem({ finding, text }: { finding: Finding; text: DashboardText }) {
  const href = findingHref(finding);
  const message = findingMessage(finding, text.lang);
  const where = [
    finding.kind === 'meta' ? text.t('findingRegister') : kindTitle(finding.kind, text.lang),
    finding.recordName,
    finding.field ? text.fieldName(finding.field) : undefined,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(' · ');
  return (
    <li className="dash-finding">
      <span className={`dash-severity dash-severity-${finding.severity}`}>
        {text.t(SEVERITY_WORD[finding.severity], { count: 1 })}
      </span>
      <span className="dash-finding-body">
        {href ? <a href={href}>{message}</a> : <span>{message}</span>}
        <span className="dash-finding-where">{where}</span>
      </span>
    </li>
  );
}

/** `counts` are the findings per severity from the register statistics (the same findings, counted once). */
export function FindingsPanel({
  findings,
  counts,
}: {
  findings: readonly Finding[];
  counts: Record<Severity, number>;
}) {
  const text = useDashboardText();
  const { t, num } = text;
  const [filter, setFilter] = useState<Severity | 'all'>('all');
  const [showAll, setShowAll] = useState(false);
  const sorted = findingsMostSevereFirst(findings);
  const filtered = filter === 'all' ? sorted : sorted.filter((f) => f.severity === filter);
  const shown = showAll ? filtered : filtered.slice(0, FINDINGS_SHOWN);

  return (
    <section className="dash-section" aria-labelledby="dash-findings-title">
      <h2 id="dash-findings-title">{t('findingsTitle')}</h2>
      {findings.length === 0 ? (
        <p className="dash-ok">{t('findingsNone')}</p>
      ) : (
        <div className="dash-findings">
          <div className="dash-panel">
            <BarChart
              title={t('findingsChartTitle')}
              unit={t('findingsUnit')}
              items={SEVERITIES.map((severity) => ({
                label: t(SEVERITY_WORD[severity], { count: counts[severity] }),
                value: counts[severity],
                tone: SEVERITY_TONE[severity],
              }))}
            />
          </div>
          <div className="dash-panel">
            <h3 id="dash-findings-list-title">{t('findingsListTitle')}</h3>
            <div className="dash-filter" role="group" aria-label={t('findingsFilter')}>
              {(['all', ...SEVERITIES] as const).map((value) => (
                <button key={value} type="button" aria-pressed={filter === value} onClick={() => setFilter(value)}>
                  {value === 'all'
                    ? `${t('findingsFilterAll')} (${num(findings.length)})`
                    : `${t(SEVERITY_WORD[value], { count: counts[value] })} (${num(counts[value])})`}
                </button>
              ))}
            </div>
            <ol className="dash-finding-list" aria-labelledby="dash-findings-list-title">
              {shown.map((finding, i) => (
                <FindingItem
                  key={`${finding.code}-${finding.recordId ?? ''}-${finding.field ?? ''}-${i}`}
                  finding={finding}
                  text={text}
                />
              ))}
            </ol>
            <p className="dash-list-footer">
              <span role="status">{t('findingsShown', { shown: num(shown.length), total: num(filtered.length) })}</span>
              {filtered.length > FINDINGS_SHOWN && (
                <button type="button" onClick={() => setShowAll((all) => !all)} aria-expanded={showAll}>
                  {showAll ? t('findingsShowFewer') : t('findingsShowAll', { count: num(filtered.length) })}
                </button>
              )}
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
