/** The table of processing activities: the generic record table for the activities kind. */
import { kindHeading } from '../../shared/catalogue/fieldLabels';
import { useI18n } from '../app/i18n';
import { RecordTable } from '../table/RecordTable';

export function ActivitiesTable() {
  const { t, lang } = useI18n();
  return (
    <RecordTable
      kind="activities"
      label={kindHeading('activities', lang)}
      empty={<p className="empty">{t('emptyActivities')}</p>}
    />
  );
}
