/**
 * How much of the register is translated into each language other than its main one (the authority may ask for
 * the register in a national language): one bar per language, and the counts per record kind on demand.
 */
import { kindHeading } from '../../shared/catalogue/fieldLabels';
import type { TranslationCoverage } from '../../shared/dashboard/registerStatistics';
import { RECORD_KINDS } from '../../shared/model';
import { BarChart } from '../charts/BarChart';
import { useDashboardText } from './dashboardText';

export function TranslationPanel({ coverage }: { coverage: TranslationCoverage }) {
  const { t, num, percent, languageName, lang } = useDashboardText();
  const total = coverage.languages[0]?.total ?? 0;
  const kinds = RECORD_KINDS.filter((kind) => (coverage.languages[0]?.byKind[kind].total ?? 0) > 0);
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
          <BarChart
            title={t('translationChartTitle')}
            unit={t('translationUnit')}
            max={100}
            tone="green"
            items={coverage.languages.map((line) => ({
              label: `${languageName(line.language)} (${line.language})`,
              value: line.ratio * 100,
              valueText: t('translationValue', {
                percent: percent(line.ratio),
                translated: num(line.translated),
                total: num(line.total),
              }),
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
                          {t('translationValue', {
                            percent: percent(count.total === 0 ? 1 : count.translated / count.total),
                            translated: num(count.translated),
                            total: num(count.total),
                          })}
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
