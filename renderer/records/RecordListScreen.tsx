/** A plain list of the records of one kind (the full tables and editors per kind build on this). */
import { useLiveQuery } from 'dexie-react-hooks';
import { kindHeading } from '../../shared/catalogue/fieldLabels';
import type { RecordKind } from '../../shared/model';
import { useI18n } from '../app/i18n';
import { db } from '../storage/database';

export function RecordListScreen({ kind }: { kind: RecordKind }) {
  const { t, lang } = useI18n();
  const records = useLiveQuery(() => db.recordTable(kind).orderBy('name').toArray(), [kind]);
  const heading = kindHeading(kind, lang);
  return (
    <section className="screen" aria-labelledby="records-title">
      <header className="screen-header">
        <h1 id="records-title">{heading}</h1>
        {records && (
          <p className="count">{records.length === 1 ? t('recordsCountOne') : t('recordsCount', { count: records.length })}</p>
        )}
      </header>
      {records && records.length === 0 && <p className="empty">{t('emptyTable')}</p>}
      {records && records.length > 0 && (
        <ul className="plain-list record-list" aria-label={heading}>
          {records.map((r) => (
            <li key={r.id}>{r.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
