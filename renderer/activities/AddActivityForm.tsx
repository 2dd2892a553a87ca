/** The form that adds a processing activity with a name and a purpose. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../app/i18n';
import { db } from '../storage/database';
import { createRecord } from '../storage/recordRepository';

export function AddActivityForm() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('nameRequired'));
      return;
    }
    const submitted = { name, purpose };
    try {
      const purposeText = submitted.purpose.trim();
      await createRecord(db, 'activities', {
        id: crypto.randomUUID(),
        name: submitted.name.trim(),
        status: 'draft',
        purposes: purposeText ? [{ id: crypto.randomUUID(), description: purposeText }] : [],
      });
      // Only clear what was saved: text typed while the save was running stays.
      setName((current) => (current === submitted.name ? '' : current));
      setPurpose((current) => (current === submitted.purpose ? '' : current));
      setError(null);
    } catch (cause) {
      setError(t('saveFailed', { reason: cause instanceof Error ? cause.message : String(cause) }));
    }
  }

  return (
    <form className="add-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="add-activity-title">
      <h2 id="add-activity-title">{t('addActivityTitle')}</h2>
      <label>
        {t('fieldName')}
        <input value={name} onChange={(e) => setName(e.target.value)} aria-required="true" />
      </label>
      <label>
        {t('fieldPurpose')}
        <input value={purpose} onChange={(e) => setPurpose(e.target.value)} />
      </label>
      <button type="submit">{t('addActivity')}</button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
