/** Reviews that are overdue and those due soon, each a link to the record's next review date. */
import { kindTitle } from '../../shared/catalogue/fieldLabels';
import type { ReviewItem, ReviewSchedule } from '../../shared/dashboard/registerStatistics';
import { routeHref } from '../app/routes';
import { useDashboardText, type DashboardText } from './dashboardText';

function ReviewTable({ items, caption, text }: { items: readonly ReviewItem[]; caption: string; text: DashboardText }) {
  const { t } = text;
  return (
    <div className="dash-table-scroll">
      <table className="data-table dash-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columnReviewDate')}</th>
            <th scope="col">{t('columnWhen')}</th>
            <th scope="col">{t('columnReference')}</th>
            <th scope="col">{t('columnProcessing')}</th>
            <th scope="col">{t('columnKind')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.kind}-${item.id}`}>
              <td className="nowrap">
                <time dateTime={item.date}>{text.date(item.date)}</time>
              </td>
              <td className="nowrap">{text.relativeDays(item.days)}</td>
              <td className="nowrap">{item.reference ?? ''}</td>
              <td>
                <a href={routeHref({ screen: 'records', kind: item.kind, id: item.id, field: 'nextReviewDate' })}>
                  {item.name}
                </a>
              </td>
              <td>{kindTitle(item.kind, text.lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReviewsPanel({ reviews }: { reviews: ReviewSchedule }) {
  const text = useDashboardText();
  const { t, num } = text;
  const dueTitle = t('reviewsDueTitle', { days: num(reviews.horizonDays) });
  return (
    <section className="dash-section" aria-labelledby="dash-reviews-title">
      <h2 id="dash-reviews-title">{t('reviewsTitle')}</h2>
      <p className="intro">{t('reviewsNote')}</p>
      <div className="dash-stack">
        <div className="dash-panel">
          <h3>
            {t('reviewsOverdueTitle')} <span className="dash-count">{num(reviews.overdue.length)}</span>
          </h3>
          {reviews.overdue.length === 0 ? (
            <p className="dash-ok">{t('reviewsNoneOverdue')}</p>
          ) : (
            <ReviewTable items={reviews.overdue} caption={t('reviewsOverdueTitle')} text={text} />
          )}
        </div>
        <div className="dash-panel">
          <h3>
            {dueTitle} <span className="dash-count">{num(reviews.dueSoon.length)}</span>
          </h3>
          {reviews.dueSoon.length === 0 ? (
            <p className="dash-ok">{t('reviewsNoneDue', { date: text.date(reviews.until) })}</p>
          ) : (
            <ReviewTable items={reviews.dueSoon} caption={dueTitle} text={text} />
          )}
        </div>
      </div>
    </section>
  );
}
