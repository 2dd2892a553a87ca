/**
 * The records of one kind (everything but the processing activities, which have their own screen): the table and a
 * "New" button that creates a record with a default name and opens it.
 */
import { useState } from 'react';
import { kindHeading } from '../../shared/catalogue/fieldLabels';
import { isUiLanguage } from '../../shared/i18n/languages';
import type { RecordKind } from '../../shared/model';
import { useI18n } from '../app/i18n';
import { navigate } from '../app/useRoute';
import { useRegisterData } from '../register/RegisterContext';
import { db } from '../storage/database';
import { createRecord } from '../storage/recordRepository';
import { newRecordLabel } from '../../shared/model/words';
import { newRecordInput, uniqueName } from '../table/newRecordDefaults';
import { RecordTable } from '../table/RecordTable';
import { useTableText } from '../table/useTableText';

export function RecordListScreen({ kind }: { kind: RecordKind }) {
  const { lang } = useI18n();
  const tt = useTableText();
  const { register } = useRegisterData();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = kindHeading(kind, lang);
  const newLabel = newRecordLabel(kind, lang);

  async function create() {
    if (!register) return;
    setBusy(true);
    try {
      // The name is written in the register's main language, like every name in it.
      const main = register.meta.mainLanguage;
      const base = newRecordLabel(kind, isUiLanguage(main) ? main : lang);
      const id = crypto.randomUUID();
      const name = uniqueName(
        base,
        (register[kind] as { name: string }[]).map((r) => r.name),
      );
      await createRecord(db, kind, newRecordInput(kind, id, name));
      setError(null);
      navigate({ screen: 'records', kind, id });
    } catch (cause) {
      setError(tt('createFailed', { reason: cause instanceof Error ? cause.message : String(cause) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="screen" aria-labelledby="records-title">
      <header className="screen-header">
        <h1 id="records-title">{heading}</h1>
        <button type="button" className="primary new-record" onClick={() => void create()} disabled={!register || busy}>
          <span aria-hidden="true">+ </span>
          {newLabel}
        </button>
      </header>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <RecordTable
        key={kind}
        kind={kind}
        label={heading}
        empty={<p className="empty">{tt('emptyKind', { action: newLabel })}</p>}
      />
    </section>
  );
}
