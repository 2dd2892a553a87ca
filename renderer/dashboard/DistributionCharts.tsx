/**
 * Where the register's processing sits: activities per controller (split by status) and transfers outside the EEA
 * per country (coloured by the country's Chapter V status) and per ground (coloured by tier).
 */
import { countryName, type CountryStatus } from '../../shared/catalogue/countries';
import { enumLabel } from '../../shared/catalogue/enumLabels';
import {
  transferMechanismFamily,
  transferMechanismLabel,
  type TransferMechanismCode,
} from '../../shared/catalogue/transferMechanisms';
import type { ControllerActivities, CountryCount, MechanismCount } from '../../shared/dashboard/registerStatistics';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../shared/model';
import { routeHref } from '../app/routes';
import { BarChart } from '../charts/BarChart';
import type { ChartTone } from '../charts/palette';
import { useDashboardText } from './dashboardText';
import type { DashboardMessageKey } from './messages';

const STATUS_TONE: Readonly<Record<ActivityStatus, ChartTone>> = { active: 'blue', draft: 'amber', retired: 'grey' };
/** Statuses in the order the bars stack them: live work first (a Record, so a new status cannot be forgotten). */
const STATUS_RANK: Readonly<Record<ActivityStatus, number>> = { active: 0, draft: 1, retired: 2 };
const STATUS_ORDER: readonly ActivityStatus[] = [...ACTIVITY_STATUSES].sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b]);

const COUNTRY_TONE: Readonly<Record<CountryStatus, ChartTone>> = {
  eea: 'green',
  adequate: 'blue',
  'third-country': 'vermillion',
};
const COUNTRY_LABEL: Readonly<Record<CountryStatus, DashboardMessageKey>> = {
  eea: 'statusEea',
  adequate: 'statusAdequate',
  'third-country': 'statusThirdCountry',
};

type Tier = 'adequacy' | 'safeguards' | 'derogation' | 'none';
const TIER_TONE: Readonly<Record<Tier, ChartTone>> = {
  adequacy: 'green',
  safeguards: 'blue',
  derogation: 'amber',
  none: 'grey',
};
const TIER_LABEL: Readonly<Record<Tier, DashboardMessageKey>> = {
  adequacy: 'mechanismAdequacy',
  safeguards: 'mechanismSafeguards',
  derogation: 'mechanismDerogation',
  none: 'noMechanism',
};

function tierOf(mechanism: TransferMechanismCode | null): Tier {
  if (mechanism === null) return 'none';
  switch (transferMechanismFamily(mechanism)) {
    case 'adequacy':
      return 'adequacy';
    case 'appropriate-safeguards':
    case 'binding-corporate-rules':
      return 'safeguards';
    default:
      return 'derogation';
  }
}

export function ControllersChart({ lines }: { lines: readonly ControllerActivities[] }) {
  const { t, lang } = useDashboardText();
  const present = new Set(STATUS_ORDER.filter((status) => lines.some((line) => line.byStatus[status] > 0)));
  return (
    <BarChart
      title={t('controllersChartTitle')}
      description={t('controllersIntro')}
      unit={t('activitiesUnit')}
      legend={STATUS_ORDER.filter((s) => present.has(s)).map((status) => ({
        label: enumLabel('activityStatus', status, lang),
        tone: STATUS_TONE[status],
      }))}
      items={lines.map((line) => ({
        label:
          line.organisationId === null
            ? t('noController')
            : (line.name ?? `${t('unknownOrganisation')} (${line.organisationId})`),
        value: line.total,
        href:
          line.organisationId !== null && line.name !== undefined
            ? routeHref({ screen: 'records', kind: 'organisations', id: line.organisationId })
            : routeHref({ screen: 'records', kind: 'activities' }),
        segments: STATUS_ORDER.map((status) => ({
          key: status,
          label: enumLabel('activityStatus', status, lang),
          value: line.byStatus[status],
          tone: STATUS_TONE[status],
        })),
      }))}
    />
  );
}

export function TransferCharts({
  byCountry,
  byMechanism,
}: {
  byCountry: readonly CountryCount[];
  byMechanism: readonly MechanismCount[];
}) {
  const { t, lang } = useDashboardText();
  const statuses = (['eea', 'adequate', 'third-country'] as const).filter((s) => byCountry.some((c) => c.status === s));
  const tiers = (['adequacy', 'safeguards', 'derogation', 'none'] as const).filter((tier) =>
    byMechanism.some((m) => tierOf(m.mechanism) === tier),
  );
  return (
    <>
      <div className="dash-panel">
        <BarChart
          title={t('transfersByCountryTitle')}
          unit={t('transfersUnit')}
          legend={statuses.map((status) => ({ label: t(COUNTRY_LABEL[status]), tone: COUNTRY_TONE[status] }))}
          items={byCountry.map((c) => ({
            label: `${countryName(c.country, lang)} (${c.country}) – ${t(COUNTRY_LABEL[c.status])}`,
            value: c.count,
            tone: COUNTRY_TONE[c.status],
          }))}
        />
      </div>
      <div className="dash-panel">
        <BarChart
          title={t('transfersByMechanismTitle')}
          unit={t('transfersUnit')}
          legend={tiers.map((tier) => ({ label: t(TIER_LABEL[tier]), tone: TIER_TONE[tier] }))}
          items={byMechanism.map((m) => ({
            label: m.mechanism === null ? t('noMechanism') : transferMechanismLabel(m.mechanism, lang),
            value: m.count,
            tone: TIER_TONE[tierOf(m.mechanism)],
          }))}
        />
      </div>
    </>
  );
}
