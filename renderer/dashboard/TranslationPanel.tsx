/**
 * How much of the register is translated into each language other than its main one (the authority may ask for
 * the register in a national language): per language a link into the translation workspace with what is left to do,
 * one bar per language (only up-to-date translations count), and the counts per record kind on demand.
 */
import { useMemo } from 'react';
import { kindHeading } from '../../shared/catalogue/fieldLabels';
import type { CoverageCount, TranslationCoverage } from '../../shared/dashboard/registerStatistics';
import { capitalised } from '../../shared/i18n/languages';
import { RECORD_KINDS, type Register } from '../../shared/model';
import { translationCounts } from '../../shared/translation';
import { routeHref } from '../app/routes';
import { BarChart } from '../charts/BarChart';
import { useDashboardText, type DashboardText } from './dashboardText';

/** "67 % (120 of 180)", with the outdated ones when there are any. */
function coverageText({ t, num, percent }: DashboardText, count: CoverageCount): string {
  const params = {
    percent: percent(count.total === 0 ? 1 : count.translated / count.total),
    translated: num(count.translated),
    total: num(count.total),
    outdated: num(count.outdated),
  };
  return t(count.outdated > 0 ? 'translationValueOutdated' : 'translationValue', params);
}

/** "Translate the 23 missing texts and revise the 3 outdated translations"; empty when nothing is left. */
function todoText({ t }: DashboardText, missing: number, outdated: number): string {
  const parts = {
    missing: t('translationTodoMissing', { count: missing }),
    outdated: t('translationTodoOutdated', { count: outdated }),
  };
  if (missing > 0 && outdated > 0) return capitalised(t('translationTodoBoth', parts));
  if (missing > 0) return capitalised(parts.missing);
  if (outdated > 0) return capitalised(parts.outdated);
  return '';
}

export function TranslationPanel({ coverage, register }: { coverage: TranslationCoverage; register: Register }) {
  const text = useDashboardText();
  const { t, languageName, lang } = text;
  const total = coverage.languages[0]?.total ?? 0;
  const kinds = RECORD_KINDS.filter((kind) => (coverage.languages[0]?.byKind[kind].total ?? 0) > 0);
  // The workspace's own counts (they include the register's title and description), so a link promises what the
  // workspace then lists.
  const work = useMemo(
    () =>
      coverage.languages.map((line) => ({ language: line.language, ...translationCounts(register, line.language) })),
    [coverage, register],
  );
  return (
    <section className="dash-section" aria-labelledby="dash-translation-title">
      <h2 id="dash-translation-title">{t('translationTitle')}</h2>
      <p className="intro">
        {t('translationIntro', { language: `${languageName(coverage.mainLanguage)} (${coverage.mainLanguage})` })}
      </p>
      {total === 0 ? (
        <p className="dash-ok">{t('translationNothing')}</p>
      ) : (
        <div className="dash-panel dash-panel-wide">
          <h3 id="dash-translation-work">{t('translationWorkTitle')}</h3>
          <ul className="plain-list" aria-labelledby="dash-translation-work">
            {work.map(({ language, missing, outdated }) => {
              const name = `${languageName(language)} (${language})`;
              const action = todoText(text, missing, outdated);
              return (
                <li key={language}>
                  {t('translationTodoLanguage', { language: name })}{' '}
                  {action ? (
                    <a
                      href={routeHref({ screen: 'translations', lang: language })}
                      aria-label={t('translationTodoLabel', { language: name, action })}
                    >
                      {action}
                    </a>
                  ) : (
                    <span className="dash-ok">{t('translationTodoNone')}</span>
                  )}
                </li>
              );
            })}
          </ul>
          {work.some(({ language, missing, outdated }) => {
            const line = coverage.languages.find((l) => l.language === language);
            return line !== undefined && missing + outdated !== line.total - line.translated;
          }) && <p className="muted">{t('translationWorkNote')}</p>}
          <BarChart
            title={t('translationChartTitle')}
            unit={t('translationUnit')}
            max={100}
            tone="green"
            items={coverage.languages.map((line) => ({
              label: `${languageName(line.language)} (${line.language})`,
              value: line.ratio * 100,
              valueText: coverageText(text, line),
            }))}
          />
          <details className="chart-figures">
            <summary>{t('translationByKind')}</summary>
            <table className="data-table dash-table">
              <caption className="visually-hidden">{`${t('translationChartTitle')} – ${t('translationByKind')}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chartCategory')}</th>
                  {coverage.languages.map((line) => (
                    <th scope="col" key={line.language} className="numeric">
                      {`${languageName(line.language)} (${line.language})`}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {kinds.map((kind) => (
                  <tr key={kind}>
                    <th scope="row">{kindHeading(kind, lang)}</th>
                    {coverage.languages.map((line) => {
                      const count = line.byKind[kind];
                      return (
                        <td key={line.language} className="numeric">
                          {coverageText(text, count)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </div>
      )}
    </section>
  );
}
