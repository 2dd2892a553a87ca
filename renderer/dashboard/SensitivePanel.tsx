/**
 * Live activities that process special-category (Art. 9), criminal (Art. 10) or national-number (Art. 87) data: one
 * count per kind, and one table row per activity with a mark in each column that applies.
 */
import type { SensitiveActivities, SensitiveActivity } from '../../shared/dashboard/registerStatistics';
import { routeHref } from '../app/routes';
import { useDashboardText } from './dashboardText';
import type { DashboardMessageKey } from './messages';

const COLUMNS: readonly { key: keyof SensitiveActivities; label: DashboardMessageKey; short: DashboardMessageKey }[] = [
  { key: 'special', label: 'sensitiveSpecial', short: 'sensitiveSpecialShort' },
  { key: 'criminal', label: 'sensitiveCriminal', short: 'sensitiveCriminalShort' },
  { key: 'nationalId', label: 'sensitiveNationalId', short: 'sensitiveNationalIdShort' },
];

interface Row {
  activity: SensitiveActivity;
  in: Set<keyof SensitiveActivities>;
  categories: string[];
}

export function SensitivePanel({ sensitive }: { sensitive: SensitiveActivities }) {
  const { t, num } = useDashboardText();
  const rows = new Map<string, Row>();
  for (const { key } of COLUMNS) {
    for (const activity of sensitive[key]) {
      const row = rows.get(activity.id) ?? { activity, in: new Set(), categories: [] };
      row.in.add(key);
      for (const category of activity.categories) if (!row.categories.includes(category)) row.categories.push(category);
      rows.set(activity.id, row);
    }
  }
  const ordered = [...rows.values()].sort(
    (a, b) =>
      (a.activity.reference ?? '').localeCompare(b.activity.reference ?? '', 'nl', { numeric: true }) ||
      a.activity.name.localeCompare(b.activity.name, 'nl'),
  );

  return (
    <section className="dash-section" aria-labelledby="dash-sensitive-title">
      <h2 id="dash-sensitive-title">{t('sensitiveTitle')}</h2>
      <p className="intro">{t('sensitiveIntro')}</p>
      <ul className="dash-cards dash-cards-small">
        {COLUMNS.map(({ key, label }) => (
          <li key={key} className="dash-card dash-card-static">
            <span className="dash-card-value">{num(sensitive[key].length)}</span>{' '}
            <span className="dash-card-label">{t(label)}</span>
          </li>
        ))}
      </ul>
      {ordered.length === 0 ? (
        <p className="dash-ok">{t('sensitiveNone')}</p>
      ) : (
        <div className="dash-table-scroll">
          <table className="data-table dash-table">
            <caption className="visually-hidden">{t('sensitiveTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columnReference')}</th>
                <th scope="col">{t('columnProcessing')}</th>
                {COLUMNS.map(({ key, label, short }) => (
                  // The article number fits the column; the cards above spell it out, and so does the hidden text.
                  <th scope="col" key={key} className="dash-mark-column" title={t(label)}>
                    <span aria-hidden="true">{t(short)}</span>
                    <span className="visually-hidden">{t(label)}</span>
                  </th>
                ))}
                <th scope="col">{t('sensitiveCategories')}</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((row) => (
                <tr key={row.activity.id}>
                  <td className="nowrap">{row.activity.reference ?? ''}</td>
                  <td>
                    <a
                      href={routeHref({
                        screen: 'records',
                        kind: 'activities',
                        id: row.activity.id,
                        field: 'dataCategoryIds',
                      })}
                    >
                      {row.activity.name}
                    </a>
                  </td>
                  {COLUMNS.map(({ key }) => (
                    <td key={key} className="dash-mark">
                      {row.in.has(key) ? (
                        <>
                          <span aria-hidden="true">✓</span>
                          <span className="visually-hidden">{t('yes')}</span>
                        </>
                      ) : (
                        <span className="visually-hidden">{t('no')}</span>
                      )}
                    </td>
                  ))}
                  <td>{row.categories.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
