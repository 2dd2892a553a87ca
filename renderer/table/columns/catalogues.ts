/** Columns of the catalogue tables: data categories, data-subject categories, security measures, legal references. */
import { LEGAL_GROUNDS } from '../../../shared/catalogue/legalGrounds';
import type { DataCategory, LegalReference, SecurityMeasure, SubjectCategory } from '../../../shared/model';
import { textCell, type KindTableSpec } from '../columnTypes';
import type { TableContext } from '../tableContext';
import {
  booleanColumn,
  dateColumn,
  enumColumn,
  findingsColumn,
  i18nTexts,
  nameColumn,
  tableText,
  textColumn,
  usedByColumn,
} from './common';

export const DATA_CATEGORY_TABLE: KindTableSpec<DataCategory> = {
  kind: 'dataCategories',
  columns: [
    nameColumn(280),
    enumColumn('kind', 'dataCategoryKind', (d) => d.kind, { visible: true, width: 280 }),
    enumColumn('specialTypes', 'specialDataType', (d) => d.specialTypes, { visible: true, width: 220 }),
    enumColumn('family', 'dataCategoryFamily', (d) => d.family, { visible: true, width: 240, withNone: true }),
    textColumn('description', (d) => d.description, { width: 260 }),
    usedByColumn('dataCategories'),
    findingsColumn(),
  ],
  groupBy: ['kind', 'family'],
  defaultSort: { id: 'name', desc: false },
  searchExtra: (d) => [d.description, ...i18nTexts(d.i18n)],
};

export const SUBJECT_CATEGORY_TABLE: KindTableSpec<SubjectCategory> = {
  kind: 'subjectCategories',
  columns: [
    nameColumn(280),
    textColumn('description', (s) => s.description, { visible: true, width: 340 }),
    booleanColumn('vulnerable', (s) => s.vulnerable, { visible: true, width: 150 }),
    usedByColumn('subjectCategories'),
    findingsColumn(),
  ],
  groupBy: ['vulnerable'],
  defaultSort: { id: 'name', desc: false },
  searchExtra: (s) => i18nTexts(s.i18n),
};

export const SECURITY_MEASURE_TABLE: KindTableSpec<SecurityMeasure> = {
  kind: 'securityMeasures',
  columns: [
    nameColumn(300),
    enumColumn('type', 'securityMeasureType', (m) => m.type, { visible: true, width: 140 }),
    enumColumn('family', 'securityMeasureFamily', (m) => m.family, { visible: true, width: 240 }),
    textColumn('description', (m) => m.description, { width: 320 }),
    usedByColumn('securityMeasures'),
    findingsColumn(),
  ],
  groupBy: ['type', 'family'],
  defaultSort: { id: 'name', desc: false },
  searchExtra: (m) => [m.description, ...i18nTexts(m.i18n)],
};

/** How a reference is cited: the GDPR provision, the statute's article, the deliberation number. */
function citation(r: LegalReference, ctx: TableContext): string | undefined {
  switch (r.kind) {
    case 'gdpr':
      return LEGAL_GROUNDS[r.provision].citation[ctx.lang];
    case 'statute':
      return r.article;
    case 'isc-deliberation':
      return r.number;
    case 'agreement':
      return r.parties;
  }
}

export const LEGAL_REFERENCE_TABLE: KindTableSpec<LegalReference> = {
  kind: 'legalReferences',
  columns: [
    nameColumn(320),
    enumColumn('kind', 'legalReferenceKind', (r) => r.kind, { visible: true, width: 260 }),
    {
      id: 'citation',
      header: (lang) => tableText(lang, 'citation'),
      value: (r, ctx) => textCell(citation(r, ctx)),
      filter: { kind: 'text' },
      defaultVisible: true,
      width: 180,
    },
    dateColumn('date', (r) => (r.kind === 'gdpr' ? undefined : r.date), { visible: true }),
    textColumn('url', (r) => r.url, { width: 240 }),
    textColumn('description', (r) => r.description, { width: 260 }),
    usedByColumn('legalReferences'),
    findingsColumn(),
  ],
  groupBy: ['kind'],
  defaultSort: { id: 'name', desc: false },
  searchExtra: (r) => [r.description, ...i18nTexts(r.i18n)],
};
