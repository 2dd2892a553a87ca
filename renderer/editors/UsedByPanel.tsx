/** Which records link to this one ("used by"), each a link: what a delete would affect. */
import { KIND_LABELS } from '../../shared/catalogue/fieldLabels';
import type { RecordKind, Register } from '../../shared/model';
import { usedBy } from '../../shared/register/links';
import { useI18n } from '../app/i18n';
import { routeHref } from '../app/routes';

export function UsedByPanel({ register, kind, id }: { register: Register; kind: RecordKind; id: string }) {
  const { t, lang } = useI18n();
  const refs = usedBy(register, kind, id).filter((r) => !(r.kind === kind && r.id === id));
  const unique = [...new Map(refs.map((r) => [`${r.kind}:${r.id}`, r])).values()];
  return (
    <section className="side-panel" aria-labelledby="used-by-title">
      <h2 id="used-by-title">{t('usedByTitle')}</h2>
      {unique.length === 0 ? (
        <p>{t('notUsed')}</p>
      ) : (
        <ul className="plain-list">
          {unique.map((r) => (
            <li key={`${r.kind}:${r.id}`}>
              <a href={routeHref({ screen: 'records', kind: r.kind, id: r.id })}>{r.name}</a>{' '}
              <span className="muted">({KIND_LABELS[r.kind].one[lang]})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
