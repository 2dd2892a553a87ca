import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../shared/model';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { tableSpec } from './columns';
import { isEmptyFilter, matchesFilter, resolveFilter, type FilterValue } from './filters';
import { buildRows } from './rowModel';
import { sampleContext } from './testSupport';
import { foldText, matchesTerms, searchTerms, sortKey } from './text';

describe('text folding and sort keys', () => {
  it('ignores case and accents', () => {
    expect(foldText('Sécurité ÉLÈVE Ærø')).toBe('securite eleve ærø');
    expect(foldText('Plain ASCII')).toBe('plain ascii');
  });

  it('sorts numbers inside text by value and empties as undefined', () => {
    const keys = ['CM-10', 'CM-2', 'cm-001', 'BXL-3', 'Été'].map((t) => [t, sortKey(t)] as const);
    const sorted = [...keys].sort((a, b) => ((a[1] ?? '') < (b[1] ?? '') ? -1 : 1)).map(([t]) => t);
    expect(sorted).toEqual(['BXL-3', 'cm-001', 'CM-2', 'CM-10', 'Été']);
    expect(sortKey('   ')).toBeUndefined();
  });

  it('matches when every term of the query occurs', () => {
    const hay = foldText('Camerabewaking in en rond de gebouwen — Sécurité des personnes');
    expect(matchesTerms(hay, searchTerms('  GEBOUWEN   securite '))).toBe(true);
    expect(matchesTerms(hay, searchTerms('gebouwen parking'))).toBe(false);
    expect(searchTerms('   ')).toEqual([]);
    expect(matchesTerms(hay, [])).toBe(true);
  });
});

describe('the search over a row', () => {
  const register = sampleRegister();
  const rows = buildRows(register.activities as AnyRecord[], tableSpec('activities'), sampleContext('en', register));
  const find = (query: string) =>
    rows.filter((r) => matchesTerms(r.searchText(), searchTerms(query))).map((r) => r.record.name);

  it('finds an activity by a word of its purpose, in the main language or a translation', () => {
    expect(find('maximumfactuur')).toContain('Aansluiting en verzekerbaarheid');
    expect(find('insurability')).toContain('Aansluiting en verzekerbaarheid');
  });

  it('finds activities by a linked record’s name and by hidden columns', () => {
    expect(find('mutas').length).toBeGreaterThan(0);
    expect(find('CM-001')).toEqual(['Aansluiting en verzekerbaarheid']);
    expect(find('no such word anywhere')).toEqual([]);
  });
});

describe('column filters', () => {
  const register = sampleRegister();
  const rows = buildRows(register.activities as AnyRecord[], tableSpec('activities'), sampleContext('en', register));
  const spec = tableSpec('activities');
  const column = (id: string) => {
    const c = spec.columns.find((x) => x.id === id);
    if (!c) throw new Error(id);
    return c;
  };
  const count = (id: string, value: FilterValue) =>
    rows.filter((r) => matchesFilter(r, column(id), resolveFilter(value))).length;

  it('text: contains, case and accents ignored', () => {
    expect(count('name', { kind: 'text', text: 'CAMERABEWAKING' })).toBe(2);
  });

  it('choice: a row matches when it has one of the chosen values', () => {
    const all = rows.length;
    const active = count('status', { kind: 'choice', values: ['active'] });
    const others = count('status', { kind: 'choice', values: ['draft', 'retired'] });
    expect(active + others).toBe(all);
    expect(count('dataCategoryIds', { kind: 'choice', values: ['special'] })).toBeGreaterThan(0);
    const errors = count('findings', { kind: 'choice', values: ['errors'] });
    expect(errors).toBeGreaterThan(0);
    expect(count('findings', { kind: 'choice', values: ['errors', 'warnings', 'none'] })).toBeGreaterThanOrEqual(
      errors,
    );
  });

  it('date: from and to include their day; an empty date never matches a range', () => {
    const dated = rows.filter((r) => (r.record as { nextReviewDate?: string }).nextReviewDate).length;
    expect(count('nextReviewDate', { kind: 'date', from: '1900-01-01' })).toBe(dated);
    expect(count('nextReviewDate', { kind: 'date', from: '2025-02-12', to: '2025-02-12' })).toBeGreaterThanOrEqual(1);
    expect(count('nextReviewDate', { kind: 'date', to: '1900-01-01' })).toBe(0);
  });

  it('empty filters are no filters', () => {
    expect(isEmptyFilter({ kind: 'text', text: '  ' })).toBe(true);
    expect(isEmptyFilter({ kind: 'choice', values: [] })).toBe(true);
    expect(isEmptyFilter({ kind: 'date' })).toBe(true);
    expect(isEmptyFilter({ kind: 'date', to: '2026-01-01' })).toBe(false);
  });
});
