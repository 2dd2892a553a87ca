/**
 * The dashboard: the register at a glance. Counts per record kind (each a link to its table), the findings (a chart
 * by severity and the list, each finding a link to its record and field), reviews overdue and due soon, the
 * where processing and transfers go, how much is translated, and the activities with sensitive data.
 *
 * `DashboardScreen` reads the live register and findings the app shares; `DashboardView` draws any register it is
 * given, so it can be tested without a database.
 */
import { useMemo } from 'react';
import { kindHeading } from '../../shared/catalogue/fieldLabels';
import { registerStatistics } from '../../shared/dashboard/registerStatistics';
import type { RecordKind, Register } from '../../shared/model';
import type { Finding } from '../../shared/validation/finding';
import { todayIso } from '../app/formatting';
import { routeHref } from '../app/routes';
import { useRegisterData } from '../register/RegisterContext';
import { useDashboardText } from './dashboardText';
import { ControllersChart, TransferCharts } from './DistributionCharts';
import { FindingsPanel } from './FindingsPanel';
import { ReviewsPanel } from './ReviewsPanel';
import { SensitivePanel } from './SensitivePanel';
import { TranslationPanel } from './TranslationPanel';

/** The register's own kinds first, then the catalogues: the order of the navigation. */
const CARD_KINDS: readonly RecordKind[] = [
  'activities',
  'processorActivities',
  'organisations',
  'recipients',
  'processors',
  'transfers',
  'dataCategories',
  'subjectCategories',
  'securityMeasures',
  'legalReferences',
];

export function DashboardScreen() {
  const { register, findings } = useRegisterData();
  const { t } = useDashboardText();
  if (!register || !findings) {
    return (
      <section className="screen dashboard" aria-labelledby="dashboard-title" aria-busy="true">
        <h1 id="dashboard-title">{t('title')}</h1>
        <p>{t('loading')}</p>
      </section>
    );
  }
  return <DashboardView register={register} findings={findings.all} today={todayIso()} />;
}

export function DashboardView({
  register,
  findings,
  today,
}: {
  register: Register;
  findings: readonly Finding[];
  today: string;
}) {
  const text = useDashboardText();
  const { t, num, lang } = text;
  const stats = useMemo(() => registerStatistics(register, findings, { today }), [register, findings, today]);
  const transfersTotal = stats.counts.transfers;

  return (
    <section className="screen dashboard" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('title')}</h1>
      <p className="intro">{t('intro')}</p>

      <section className="dash-section" aria-labelledby="dash-counts-title">
        <h2 id="dash-counts-title">{t('countsTitle')}</h2>
        <ul className="dash-cards">
          {CARD_KINDS.map((kind) => (
            <li key={kind}>
              <a className="dash-card" href={routeHref({ screen: 'records', kind })} data-kind={kind}>
                <span className="dash-card-value">{num(stats.counts[kind])}</span>{' '}
                <span className="dash-card-label">{kindHeading(kind, lang)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <FindingsPanel findings={findings} counts={stats.findingsBySeverity} />
      <ReviewsPanel reviews={stats.reviews} />

      <section className="dash-section" aria-labelledby="dash-distribution-title">
        <h2 id="dash-distribution-title">{kindHeading('activities', lang)}</h2>
        <div className="dash-panel dash-panel-wide">
          <ControllersChart lines={stats.activitiesByController} />
        </div>
      </section>

      <section className="dash-section" aria-labelledby="dash-transfers-title">
        <h2 id="dash-transfers-title">{t('transfersTitle')}</h2>
        {transfersTotal === 0 ? (
          <p className="dash-ok">{t('transfersNone')}</p>
        ) : (
          <div className="dash-columns">
            <TransferCharts byCountry={stats.transfersByCountry} byMechanism={stats.transfersByMechanism} />
          </div>
        )}
      </section>

      <TranslationPanel coverage={stats.translation} register={register} />
      {/* Last: a long table that would otherwise push the charts out of sight. */}
      <SensitivePanel sensitive={stats.sensitive} />
    </section>
  );
}
