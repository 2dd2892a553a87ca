/** The processing activities screen: the form to add one and the live table (its count, search and filters). */
import { kindHeading } from '../../shared/catalogue/fieldLabels';
import { useI18n } from '../app/i18n';
import { ActivitiesTable } from './ActivitiesTable';
import { AddActivityForm } from './AddActivityForm';

export function ActivitiesScreen() {
  const { lang } = useI18n();
  return (
    <section className="screen" aria-labelledby="activities-title">
      <header className="screen-header">
        <h1 id="activities-title">{kindHeading('activities', lang)}</h1>
      </header>
      <AddActivityForm />
      <ActivitiesTable />
    </section>
  );
}
