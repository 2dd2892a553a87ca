/**
 * The mapping report before applying: rows read and records made, records created and updated per kind, the
 * columns mapped and ignored, every value not understood with its sheet, row, column, text and why, and what the
 * imported records still lack by point of Art. 30. Tables with headers, so a screen reader reads each cell with
 * its column.
 */
import { kindHeading } from '../../../shared/catalogue/fieldLabels';
import { RECORD_KINDS } from '../../../shared/model';
import type { ImportReport } from '../../../shared/spreadsheetImport/build';
import { useI18n, useMessages } from '../../app/i18n';
import { MAPPING_MESSAGES } from './messages';

export function ImportReportView({ report }: { report: ImportReport }) {
  const { lang } = useI18n();
  const t = useMessages(MAPPING_MESSAGES);
  const kinds = RECORD_KINDS.filter((kind) => report.counts[kind].created + report.counts[kind].updated > 0);
  const { mapped, ignored } = report.columns;
  return (
    <section className="mapping-report" aria-labelledby="mapping-report-title">
      <h3 id="mapping-report-title">{t('reportTitle')}</h3>
      <p>
        {t('reportRows', {
          sheet: report.sheet,
          read: report.rows.read,
          records: report.rows.records,
          skipped: report.rows.skipped,
        })}
      </p>

      <h4 id="mapping-report-counts">{t('reportCounts')}</h4>
      <table className="data-table mapping-counts" aria-labelledby="mapping-report-counts">
        <thead>
          <tr>
            <th scope="col">{t('colKind')}</th>
            <th scope="col">{t('colCreated')}</th>
            <th scope="col">{t('colUpdated')}</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind} data-kind={kind}>
              <th scope="row">{kindHeading(kind, lang)}</th>
              <td>{report.counts[kind].created}</td>
              <td>{report.counts[kind].updated}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <details className="mapping-details">
        <summary>{t('reportMapped', { count: mapped.length })}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('colColumn')}</th>
              <th scope="col">{t('colHeader')}</th>
              <th scope="col">{t('colField')}</th>
            </tr>
          </thead>
          <tbody>
            {mapped.map((c) => (
              <tr key={c.column}>
                <th scope="row">{c.letter}</th>
                <td>{c.group ? `${c.group} › ${c.header}` : c.header}</td>
                <td>{c.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <h4 id="mapping-report-ignored">{t('reportIgnored', { count: ignored.length })}</h4>
      {ignored.length === 0 ? (
        <p className="muted">{t('reportNoIgnored')}</p>
      ) : (
        <table className="data-table mapping-ignored" aria-labelledby="mapping-report-ignored">
          <thead>
            <tr>
              <th scope="col">{t('colColumn')}</th>
              <th scope="col">{t('colHeader')}</th>
              <th scope="col">{t('colWhy')}</th>
            </tr>
          </thead>
          <tbody>
            {ignored.map((c) => (
              <tr key={c.column}>
                <th scope="row">{c.letter}</th>
                <td>{c.group ? `${c.group} › ${c.header}` : c.header}</td>
                <td>{c.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h4 id="mapping-report-cells">{t('reportCells', { count: report.cells.length })}</h4>
      {report.cells.length === 0 ? (
        <p className="muted">{t('reportNoCells')}</p>
      ) : (
        <div
          className="mapping-scroll mapping-scroll-short"
          role="region"
          aria-labelledby="mapping-report-cells"
          tabIndex={0}
        >
          <table className="data-table mapping-cells">
            <thead>
              <tr>
                <th scope="col">{t('colSheet')}</th>
                <th scope="col">{t('colRow')}</th>
                <th scope="col">{t('colColumn')}</th>
                <th scope="col">{t('colText')}</th>
                <th scope="col">{t('colWhy')}</th>
              </tr>
            </thead>
            <tbody>
              {report.cells.map((cell, i) => (
                <tr key={i}>
                  <td>{cell.sheet}</td>
                  <td>{cell.row || ''}</td>
                  <td>{cell.column ? `${cell.column}${cell.header ? ` (${cell.header})` : ''}` : cell.header}</td>
                  <td className="mapping-cell-text">{cell.text}</td>
                  <td>{cell.why}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h4>{t('stillNeededTitle')}</h4>
      {report.stillNeeded.length === 0 ? (
        <p className="muted">{t('stillNeededNone')}</p>
      ) : (
        <ul className="mapping-still-needed">
          {report.stillNeeded.map((need) => (
            <li key={need.point} data-point={need.point}>
              <strong>
                {t('stillNeededPoint', {
                  paragraph: need.point[0] ?? '',
                  letter: need.point[1] ?? '',
                  what: need.what,
                })}
              </strong>
              <ul>
                {need.records.map((record) => (
                  <li key={record.id}>
                    {t('stillNeededRecord', {
                      name: record.reference ? `${record.reference} ${record.name}` : record.name,
                      fields: record.fields.join(', '),
                    })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
