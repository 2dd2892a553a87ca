import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/i18n/languages';
import { RECORD_KINDS, type AnyRecord, type RecordKind } from '../../shared/model';
import { usedBy } from '../../shared/register/links';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { TABLE_SPECS, tableSpec } from './columns';
import { buildRows } from './rowModel';
import { sampleContext } from './testSupport';

const register = sampleRegister();
const rowsOf = (kind: RecordKind, lang: UiLanguage) =>
  buildRows(register[kind] as AnyRecord[], tableSpec(kind), sampleContext(lang, register));
const activityRow = (reference: string, lang: UiLanguage = 'en') => {
  const row = rowsOf('activities', lang).find((r) => r.cell('reference').text === reference);
  if (!row) throw new Error(`no activity ${reference}`);
  return row;
};

describe('table specifications', () => {
  it.each(RECORD_KINDS)('%s: unique column ids, one name column, sort and group columns that exist', (kind) => {
    const spec = TABLE_SPECS[kind];
    const ids = spec.columns.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(spec.columns.filter((c) => c.isName)).toHaveLength(1);
    expect(ids).toContain(spec.defaultSort.id);
    for (const id of spec.groupBy) expect(ids).toContain(id);
    expect(ids).toContain('findings');
    if (kind !== 'activities' && kind !== 'processorActivities') expect(ids).toContain('usedBy');
  });

  it.each(RECORD_KINDS.flatMap((kind) => UI_LANGUAGES.map((lang) => [kind, lang] as const)))(
    '%s in %s: every cell of every sample record has text, a sort value and filter values',
    (kind, lang) => {
      const rows = rowsOf(kind, lang);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const column of TABLE_SPECS[kind].columns) {
          expect(typeof row.cell(column.id).text).toBe('string');
          expect(column.header(lang)).not.toBe('');
          const sort = row.sortValue(column.id);
          expect(sort === undefined || typeof sort === 'string' || typeof sort === 'number').toBe(true);
          if (column.filter.kind === 'choice') {
            const options = new Set(column.filter.options(row.ctx).map((o) => o.value));
            for (const value of column.filter.values(row.record as never, row.ctx)) expect(options).toContain(value);
          }
        }
      }
    },
  );
});

describe('activity columns on the sample register', () => {
  it('show linked records by name and enums, grounds and dates in the interface language', () => {
    const en = activityRow('CM-001', 'en');
    expect(en.cell('name').text).toBe('Aansluiting en verzekerbaarheid');
    expect(en.cell('controllers').text).toMatch(/^Landsbond der Christelijke Mutualiteiten/);
    expect(en.cell('controllers').parts).toHaveLength(2);
    expect(en.cell('status').text).toBe('Active');
    expect(en.cell('legalBases').text).toContain('Art. 6(1)(c) GDPR – Legal obligation');
    expect(en.cell('nextReviewDate').text).toBe('12 Feb 2025');
    const nl = activityRow('CM-001', 'nl');
    expect(nl.cell('status').text).toBe('Actief');
    expect(nl.cell('legalBases').text).toContain('Art. 6.1.c AVG – Wettelijke verplichting');
    expect(nl.cell('nextReviewDate').text).toBe('12 feb 2025');
    expect(activityRow('CM-001', 'fr').cell('status').text).toBe('Actif');
  });

  it('mark special, criminal and national-id data categories with their article', () => {
    const cell = activityRow('CM-001', 'en').cell('dataCategoryIds');
    const marked = cell.parts?.filter((p) => p.tag) ?? [];
    expect(marked.map((p) => [p.tone, p.tag])).toEqual(
      expect.arrayContaining([
        ['special', 'Art. 9 GDPR'],
        ['national-id', 'Art. 87 GDPR'],
      ]),
    );
    expect(cell.text).toContain('(Art. 9 GDPR)');
    expect(activityRow('CM-001', 'nl').cell('dataCategoryIds').text).toContain('(Art. 9 AVG)');
  });

  it('give retention in words and sort it by the longest period', () => {
    const rows = rowsOf('activities', 'en').filter(
      (r) => r.record.id && (r.record as { retention: { period?: string }[] }).retention.some((x) => x.period),
    );
    const row = rows[0];
    expect(row).toBeDefined();
    const text = row?.cell('retention').text ?? '';
    expect(text).toMatch(/\d+ (year|years|month|months|day|days|week|weeks)/);
    expect(typeof row?.sortValue('retention')).toBe('number');
    const nl = rowsOf('activities', 'nl').find((r) => r.id === row?.id);
    expect(nl?.cell('retention').text).toMatch(/\d+ (jaar|maand|maanden|dag|dagen|week|weken)/);
  });

  it('count findings per record with the highest severity first, never by colour alone', () => {
    const row = activityRow('CM-001', 'en');
    const cell = row.cell('findings');
    expect(cell.text).toBe('2 warnings, 1 note');
    expect(cell.tone).toBe('warning');
    expect(cell.icon).toBeTruthy();
    expect(row.sortValue('findings')).toBe(2_001);
    expect(activityRow('CM-001', 'nl').cell('findings').text).toBe('2 waarschuwingen, 1 opmerking');
    const spec = TABLE_SPECS.activities.columns.find((c) => c.id === 'findings');
    if (spec?.filter.kind !== 'choice') throw new Error('findings filter is a choice');
    expect(spec.filter.values(row.record as never, row.ctx)).toEqual(['warnings']);
    const clean = rowsOf('recipients', 'en')[0];
    expect(clean?.cell('findings').text).toBe('None');
  });

  it('show the countries of an activity’s transfers', () => {
    const withTransfers = rowsOf('activities', 'en').find(
      (r) => (r.record as { transferIds: string[] }).transferIds.length > 0,
    );
    expect(withTransfers?.cell('transferIds').text).toMatch(/Morocco|Türkiye|Turkey|Tunisia/);
  });
});

describe('other kinds on the sample register', () => {
  it('count "used by" as the shared links table does, each holder once', () => {
    for (const kind of ['recipients', 'processors', 'dataCategories', 'legalReferences', 'organisations'] as const) {
      for (const row of rowsOf(kind, 'en')) {
        const holders = new Set(
          usedBy(register, kind, row.id)
            .filter((l) => !(l.kind === kind && l.id === row.id))
            .map((l) => `${l.kind}:${l.id}`),
        );
        expect(row.sortValue('usedBy')).toBe(holders.size);
      }
    }
  });

  it('show transfer mechanisms with their citation and countries by name', () => {
    const row = rowsOf('transfers', 'en').find((r) => (r.record as { mechanism?: string }).mechanism === 'art46-2-c');
    expect(row?.cell('mechanism').text).toMatch(/^Art\. 46\(2\)\(c\) GDPR – /);
    expect(row?.cell('country').text).toBe('Türkiye');
    expect(
      rowsOf('transfers', 'fr')
        .find((r) => r.id === row?.id)
        ?.cell('country').text,
    ).toBe('Turquie');
  });

  it('show recipients with yes/no, category and where the country stands', () => {
    const row = rowsOf('recipients', 'nl')[0];
    expect(['Ja', 'Nee']).toContain(row?.cell('internal').text);
    expect(row?.cell('countryStatus').text).toBe('EER');
  });
});

describe('row counts', () => {
  it('say how many records there are, and how many are shown, in each language', async () => {
    const { countText } = await import('./countText');
    expect(countText('activities', 29, 29, 'en')).toBe('29 activities');
    expect(countText('activities', 1, 1, 'en')).toBe('1 activity');
    expect(countText('activities', 12, 29, 'en')).toBe('12 of 29 activities');
    expect(countText('activities', 12, 10_000, 'nl')).toBe('12 van 10.000 activiteiten');
    expect(countText('activities', 10_000, 10_000, 'fr')).toBe('10\u202f000 activités');
    expect(countText('recipients', 3, 33, 'fr')).toBe('3 sur 33 destinataires');
    expect(countText('recipients', 1, 1, 'nl')).toBe('1 ontvanger');
    expect(countText('activities', 2, 2, 'de')).toBe('2 Verarbeitungstätigkeiten');
    expect(countText('activities', 1_234, 1_234, 'de')).toBe('1.234 Verarbeitungstätigkeiten');
  });

  it('agree the noun with the number by the language’s plural rules: French takes the singular for 0', async () => {
    const { countText } = await import('./countText');
    expect(countText('activities', 0, 0, 'fr')).toBe('0 activité');
    expect(countText('activities', 0, 0, 'en')).toBe('0 activities');
    expect(countText('recipients', 0, 0, 'fr')).toBe('0 destinataire');
    expect(countText('activities', 0, 1, 'nl')).toBe('0 van 1 activiteit');
  });
});
