/** The processing activities screen: the live table and the form to add one. */
import { useLiveQuery } from 'dexie-react-hooks';
import { kindHeading } from '../../shared/catalogue/fieldLabels';
import { useI18n } from '../app/i18n';
import { db } from '../storage/database';
import { fromStored } from '../storage/storedRecord';
import { ActivitiesTable } from './ActivitiesTable';
import { AddActivityForm } from './AddActivityForm';

export function ActivitiesScreen() {
  const { t, lang } = useI18n();
  const activities = useLiveQuery(async () => (await db.activities.toArray()).map((a) => fromStored('activities', a)), []);
  return (
    <section className="screen" aria-labelledby="activities-title">
      <header className="screen-header">
        <h1 id="activities-title">{kindHeading('activities', lang)}</h1>
        {activities && (
          <p className="count">
            {activities.length === 1 ? t('activitiesCountOne') : t('activitiesCount', { count: activities.length })}
          </p>
        )}
      </header>
      <AddActivityForm />
      {activities && activities.length === 0 && <p className="empty">{t('emptyActivities')}</p>}
      {activities && activities.length > 0 && <ActivitiesTable activities={activities} />}
    </section>
  );
}
