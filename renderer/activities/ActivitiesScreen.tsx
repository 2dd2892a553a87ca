/** The processing activities screen: the live table and the form to add one. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../app/i18n';
import { db } from '../storage/database';
import { ActivitiesTable } from './ActivitiesTable';
import { AddActivityForm } from './AddActivityForm';

export function ActivitiesScreen() {
  const { t } = useI18n();
  const activities = useLiveQuery(() => db.activities.toArray(), []);
  return (
    <section className="screen" aria-labelledby="activities-title">
      <header className="screen-header">
        <h1 id="activities-title">{t('activitiesTitle')}</h1>
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
