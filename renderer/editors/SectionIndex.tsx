/**
 * The index of a record form's sections, beside the form and always in view: each entry a link that brings its
 * section to the top and puts the focus on it. A section without a title is named after its first field.
 */
import type { MouseEvent } from 'react';
import { fieldLabel } from '../../shared/catalogue/fieldLabels';
import { useI18n } from '../app/i18n';
import type { RecordKind } from '../../shared/model';
import { routeHref } from '../app/routes';
import type { FormSection } from './formSpec';

export const sectionDomId = (index: number) => `form-section-${index}`;

export function SectionIndex({
  sections,
  kind,
  id,
}: {
  sections: readonly FormSection[];
  kind: RecordKind;
  id: string;
}) {
  const { t, lang } = useI18n();
  const go = (event: MouseEvent<HTMLAnchorElement>, index: number) => {
    event.preventDefault();
    const target = document.getElementById(sectionDomId(index));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <nav className="section-index" aria-labelledby="section-index-title">
      <h2 id="section-index-title">{t('sectionIndex')}</h2>
      <ol>
        {sections.map((section, index) => {
          const first = section.fields[0];
          const name = section.title ? t(section.title) : first ? fieldLabel(first.field, lang) : String(index + 1);
          return (
            <li key={index}>
              <a
                href={routeHref({
                  screen: 'records',
                  kind,
                  id,
                  ...(first ? { field: first.field.split('.')[0] } : {}),
                })}
                onClick={(e) => go(e, index)}
              >
                {name}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
