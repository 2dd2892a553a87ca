/** Shows what changed between two registers: per record kind, the records added, removed and changed, field by field. */
import { kindHeading } from '../../shared/catalogue/fieldLabels';
import { changeLabel } from '../../shared/register/changeLabel';
import { RECORD_KINDS } from '../../shared/model';
import type { FieldChange, RegisterDiff } from '../../shared/register/compare';
import { useI18n } from '../app/i18n';

function show(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function FieldChanges({ fields }: { fields: FieldChange[] }) {
  const { t, lang } = useI18n();
  return (
    <table className="diff-fields">
      <thead>
        <tr>
          <th scope="col">{t('columnWhat')}</th>
          <th scope="col">{t('fieldBefore')}</th>
          <th scope="col">{t('fieldAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.path}>
            <th scope="row">{changeLabel(f.path, lang)}</th>
            <td className="diff-before">{show(f.before, t('emptyValue'))}</td>
            <td className="diff-after">{show(f.after, t('emptyValue'))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DiffView({ diff }: { diff: RegisterDiff }) {
  const { t, lang } = useI18n();
  const kinds = RECORD_KINDS.filter((k) => {
    const d = diff.kinds[k];
    return d.added.length + d.removed.length + d.changed.length > 0;
  });
  if (kinds.length === 0 && diff.meta.length === 0) return <p>{t('noDifferences')}</p>;
  return (
    <div className="diff">
      {diff.meta.length > 0 && (
        <section>
          <h3>{t('registerDetails')}</h3>
          <FieldChanges fields={diff.meta} />
        </section>
      )}
      {kinds.map((kind) => {
        const d = diff.kinds[kind];
        return (
          <section key={kind} aria-label={kindHeading(kind, lang)}>
            <h3>{kindHeading(kind, lang)}</h3>
            {d.added.length > 0 && (
              <p>
                <strong>{t('added')}:</strong> {d.added.map((r) => r.name).join(', ')}
              </p>
            )}
            {d.removed.length > 0 && (
              <p>
                <strong>{t('removed')}:</strong> {d.removed.map((r) => r.name).join(', ')}
              </p>
            )}
            {d.changed.map((r) => (
              <div key={r.id} className="diff-record">
                <h4>
                  {t('changed')}: {r.name}
                </h4>
                <FieldChanges fields={r.fields} />
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
