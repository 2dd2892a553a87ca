import { describe, expect, it } from 'vitest';
import { registerSchema, type Register, type RegisterInput } from '../model';
import { fieldEntries } from '../model/recordFields';
import { RECORD_KINDS } from '../model/register';
import { fingerprint } from '../register/canonical';
import { RegisterFileError } from '../register/registerFile';
import { sampleRegister } from '../sample/sampleRegister';
import {
  mergeRegisters,
  resolveConflicts,
  UnresolvedConflictError,
  type ConflictChoice,
  type MergeConflict,
} from './mergeRegisters';
import { mergeValues } from './mergeValue';
import { mergeFolders } from './mergeFolders';
import { registerToFolder } from '../registerFolder/registerFolder';
import { REGISTER_JSON } from '../registerFolder/folderFormat';
import { FILE_VERSION } from '../register/fileVersion';

const id = (tag: string): string => `00000000-0000-0000-0000-${tag.padStart(12, '0')}`;
const ACT = id('a1');
const [P1, P2, P3] = [id('b1'), id('b2'), id('b3')];
const [D1, D2, D3] = [id('d1'), id('d2'), id('d3')];

const base = registerSchema.parse({
  meta: { title: 'Register', mainLanguage: 'en' },
  dataCategories: [
    { id: D1, name: 'Identity', kind: 'ordinary' },
    { id: D2, name: 'Health', kind: 'special' },
    { id: D3, name: 'Contact', kind: 'ordinary' },
  ],
  activities: [
    {
      id: ACT,
      name: 'Payroll',
      description: 'Paying staff',
      owner: 'HR',
      status: 'active',
      purposes: [
        { id: P1, description: 'Pay salaries' },
        { id: P2, description: 'Tax' },
      ],
      dataCategoryIds: [D1],
      dpia: { status: 'not-assessed' },
      i18n: { fr: { name: 'Paie' } },
    },
  ],
} satisfies RegisterInput);

/** A copy of the base with the activity changed by `change`. */
function edit(
  change: (activity: Record<string, unknown>, register: Register) => void,
  from: Register = base,
): Register {
  const copy = structuredClone(from);
  change(copy.activities[0] as unknown as Record<string, unknown>, copy);
  return registerSchema.parse(copy);
}

const choices = (entries: [MergeConflict, ConflictChoice][]) => new Map(entries);

const activityOf = (register: Register) => register.activities.find((a) => a.id === ACT);

describe('mergeRegisters', () => {
  it('merges changes to different fields of one record', () => {
    const ours = edit((a) => (a['description'] = 'Paying staff monthly'));
    const theirs = edit((a) => (a['owner'] = 'Finance'));
    const result = mergeRegisters(base, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(activityOf(result.register)).toMatchObject({ description: 'Paying staff monthly', owner: 'Finance' });
  });

  it('merges nested fields apart: dpia.status and dpia.date', () => {
    const ours = edit((a) => (a['dpia'] = { status: 'done' }));
    const theirs = edit((a) => (a['dpia'] = { status: 'not-assessed', date: '2026-01-02' }));
    const result = mergeRegisters(base, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(activityOf(result.register)?.dpia).toEqual({ status: 'done', date: '2026-01-02' });
  });

  it('reports the same field changed two ways as a conflict with the three values, and keeps ours', () => {
    const ours = edit((a) => (a['description'] = 'Ours'));
    const theirs = edit((a) => (a['description'] = 'Theirs'));
    const result = mergeRegisters(base, ours, theirs);
    expect(result.conflicts).toEqual([
      {
        kind: 'activities',
        id: ACT,
        recordName: 'Payroll',
        path: 'description',
        at: ['description'],
        base: 'Paying staff',
        ours: 'Ours',
        theirs: 'Theirs',
      },
    ]);
    expect(activityOf(result.register)?.description).toBe('Ours');
  });

  it('takes the same change made on both sides without a conflict', () => {
    const both = edit((a) => (a['description'] = 'Same'));
    const result = mergeRegisters(base, both, structuredClone(both));
    expect(result.conflicts).toEqual([]);
    expect(activityOf(result.register)?.description).toBe('Same');
  });

  it('reports a record deleted on one side and changed on the other', () => {
    const ours = edit((_a, r) => (r.activities = []));
    const theirs = edit((a) => (a['owner'] = 'Finance'));
    const result = mergeRegisters(base, ours, theirs);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({ kind: 'activities', id: ACT, path: '', ours: undefined });
    expect((result.conflicts[0]?.theirs as { owner: string }).owner).toBe('Finance');
    expect(result.register.activities).toEqual([]);
    // The other way round: the record stays (ours) until resolved.
    const back = mergeRegisters(base, theirs, ours);
    expect(back.conflicts[0]).toMatchObject({ path: '', theirs: undefined });
    expect(activityOf(back.register)?.owner).toBe('Finance');
  });

  it('deletes a record deleted on one side and left as it was on the other', () => {
    const ours = edit((_a, r) => (r.activities = []));
    const result = mergeRegisters(base, ours, base);
    expect(result.conflicts).toEqual([]);
    expect(result.register.activities).toEqual([]);
  });

  it('merges a record added on both sides field by field: equal fields agree, different ones conflict', () => {
    const D4 = id('d4');
    const ours = edit((_a, r) => r.dataCategories.push({ id: D4, name: 'Bank', kind: 'ordinary', specialTypes: [] }));
    const theirs = edit((_a, r) =>
      r.dataCategories.push({ id: D4, name: 'Bank account', kind: 'ordinary', specialTypes: [] }),
    );
    const result = mergeRegisters(base, ours, theirs);
    expect(result.conflicts.map((c) => [c.kind, c.id, c.path, c.base, c.ours, c.theirs])).toEqual([
      ['dataCategories', D4, 'name', undefined, 'Bank', 'Bank account'],
    ]);
  });

  it('merges purposes item by item: an edit on one side, an addition on the other', () => {
    const ours = edit((a) => ((a['purposes'] as { description: string }[])[0]!.description = 'Pay salaries monthly'));
    const theirs = edit((a) => (a['purposes'] as unknown[]).push({ id: P3, description: 'Pensions' }));
    const result = mergeRegisters(base, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(activityOf(result.register)?.purposes.map((p) => p.description)).toEqual([
      'Pay salaries monthly',
      'Tax',
      'Pensions',
    ]);
  });

  it('reports a purpose deleted on one side and edited on the other, at the item', () => {
    const ours = edit((a) => (a['purposes'] = (a['purposes'] as { id: string }[]).filter((p) => p.id !== P2)));
    const theirs = edit((a) => ((a['purposes'] as { description: string }[])[1]!.description = 'Taxes'));
    const result = mergeRegisters(base, ours, theirs);
    expect(result.conflicts.map((c) => [c.path, c.at, c.ours, c.theirs])).toEqual([
      [`purposes[${P2}]`, ['purposes', { id: P2 }], undefined, { id: P2, description: 'Taxes' }],
    ]);
  });

  it('merges links as sets: what either side added or removed', () => {
    const ours = edit((a) => (a['dataCategoryIds'] = [D1, D2]));
    const theirs = edit((a) => (a['dataCategoryIds'] = [D3]));
    const result = mergeRegisters(base, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect([...(activityOf(result.register)?.dataCategoryIds ?? [])].sort()).toEqual([D2, D3]);
  });

  it('merges translations per language', () => {
    const ours = edit((a) => (a['i18n'] = { fr: { name: 'Paie' }, nl: { name: 'Loon' } }));
    const theirs = edit((a) => (a['i18n'] = { fr: { name: 'Paie', description: 'Payer' }, de: { name: 'Lohn' } }));
    const result = mergeRegisters(base, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(activityOf(result.register)?.i18n).toEqual({
      fr: { name: 'Paie', description: 'Payer' },
      nl: { name: 'Loon' },
      de: { name: 'Lohn' },
    });
    const clash = mergeRegisters(
      base,
      edit((a) => (a['i18n'] = { fr: { name: 'Salaires' } })),
      edit((a) => (a['i18n'] = { fr: { name: 'Paye' } })),
    );
    expect(clash.conflicts.map((c) => c.path)).toEqual(['i18n.fr.name']);
  });

  it('reports links to a record that the merge deleted', () => {
    const ours = edit((_a, r) => (r.dataCategories = r.dataCategories.filter((d) => d.id !== D3)));
    const theirs = edit((a) => (a['dataCategoryIds'] = [D1, D3]));
    const result = mergeRegisters(base, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.danglingLinks).toEqual([
      { kind: 'activities', id: ACT, field: 'dataCategoryIds', missingId: D3, to: 'dataCategories' },
    ]);
  });

  it('reports a retention rule for a purpose that the merge removed', () => {
    const ours = edit((a) => (a['purposes'] = (a['purposes'] as { id: string }[]).filter((p) => p.id !== P2)));
    const theirs = edit((a) => (a['retention'] = [{ id: id('e1'), period: 'P1Y', purposeIds: [P2] }]));
    const result = mergeRegisters(base, ours, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.danglingLinks).toEqual([
      { kind: 'activities', id: ACT, field: 'retention[].purposeIds', missingId: P2, to: 'ownPurposes' },
    ]);
  });

  it('merges the metadata field by field, and names its conflicts', () => {
    const ours = edit((_a, r) => (r.meta.organisationName = 'CM'));
    const theirs = edit((_a, r) => (r.meta.description = 'Shared'));
    expect(mergeRegisters(base, ours, theirs).register.meta).toMatchObject({
      organisationName: 'CM',
      description: 'Shared',
    });
    const clash = mergeRegisters(
      base,
      edit((_a, r) => (r.meta.title = 'A')),
      edit((_a, r) => (r.meta.title = 'B')),
    );
    expect(clash.conflicts).toMatchObject([
      { kind: 'meta', id: '', recordName: 'A', path: 'title', ours: 'A', theirs: 'B' },
    ]);
  });

  it('merges the sample register with itself to itself', () => {
    const sample = sampleRegister();
    const result = mergeRegisters(sample, sample, sample);
    expect(result.conflicts).toEqual([]);
    expect(fingerprint(result.register)).toBe(fingerprint(sample));
  });
});

describe('mergeFolders', () => {
  it('merges three folders as registers, and refuses a side of a newer version', () => {
    const ours = edit((a) => (a['description'] = 'Paying staff monthly'));
    const theirs = edit((a) => (a['owner'] = 'Finance'));
    const result = mergeFolders(registerToFolder(base), registerToFolder(ours), registerToFolder(theirs));
    expect(result.conflicts).toEqual([]);
    expect(fingerprint(result.register)).toBe(fingerprint(mergeRegisters(base, ours, theirs).register));
    const newer = registerToFolder(theirs);
    newer.set(REGISTER_JSON, JSON.stringify({ format: 'ropa-register-folder', version: FILE_VERSION + 1, meta: {} }));
    expect(() => mergeFolders(registerToFolder(base), registerToFolder(ours), newer)).toThrow(/newer version/);
  });
});

describe('resolveConflicts', () => {
  const ours = edit((a) => {
    a['description'] = 'Ours';
    a['purposes'] = (a['purposes'] as { id: string }[]).filter((p) => p.id !== P1);
  });
  const theirs = edit((a) => {
    a['description'] = 'Theirs';
    (a['purposes'] as { description: string }[])[0]!.description = 'Salaries';
  });
  const result = mergeRegisters(base, ours, theirs);
  const [description, purpose] = [
    result.conflicts.find((c) => c.path === 'description') as MergeConflict,
    result.conflicts.find((c) => c.path.startsWith('purposes')) as MergeConflict,
  ];

  it('applies each choice: ours, theirs, or a value of the user', () => {
    expect(result.conflicts).toHaveLength(2);
    const mine = resolveConflicts(
      result,
      choices([
        [description, 'ours'],
        [purpose, 'ours'],
      ]),
    );
    expect(activityOf(mine)).toMatchObject({ description: 'Ours', purposes: [{ id: P2, description: 'Tax' }] });
    const theirsChosen = resolveConflicts(
      result,
      choices([
        [description, 'theirs'],
        [purpose, 'theirs'],
      ]),
    );
    // The item deleted by us comes back where they had it: first.
    expect(activityOf(theirsChosen)?.purposes.map((p) => p.description)).toEqual(['Salaries', 'Tax']);
    const edited = resolveConflicts(
      result,
      choices([
        [description, { value: 'Both' }],
        [purpose, 'ours'],
      ]),
    );
    expect(activityOf(edited)?.description).toBe('Both');
  });

  it('brings back a record deleted on one side when the other side is chosen', () => {
    const deleted = mergeRegisters(
      base,
      edit((_a, r) => (r.activities = [])),
      edit((a) => (a['owner'] = 'Finance')),
    );
    const [conflict] = deleted.conflicts as [MergeConflict];
    expect(activityOf(resolveConflicts(deleted, choices([[conflict, 'theirs']])))?.owner).toBe('Finance');
    expect(resolveConflicts(deleted, choices([[conflict, 'ours']])).activities).toEqual([]);
  });

  it('refuses a conflict left without a choice, and a chosen value that does not fit', () => {
    expect(() => resolveConflicts(result, choices([[description, 'ours']]))).toThrow(UnresolvedConflictError);
    expect(() =>
      resolveConflicts(
        result,
        choices([
          [description, { value: 42 }],
          [purpose, 'ours'],
        ]),
      ),
    ).toThrow(RegisterFileError);
  });
});

describe('merge granularity follows the model', () => {
  it('merges every list of items with ids item by item, and every list of links as a set', () => {
    const sample = sampleRegister();
    for (const kind of RECORD_KINDS) {
      for (const entry of fieldEntries(kind)) {
        if (entry.parent) continue;
        const widget = entry.descriptor.widget;
        const record = (sample[kind] as unknown as Record<string, unknown>[]).find((r) => {
          const v = r[entry.path];
          return Array.isArray(v) && v.length > 1;
        });
        if (!record) continue;
        const list = record[entry.path] as unknown[];
        const [first, ...rest] = list;
        // Ours drops the first element, theirs the last: an item list or a set merges both; one value conflicts.
        const merged = mergeValues(list, rest, list.slice(0, -1), [entry.path]);
        const hasItemIds = widget.type === 'list' && 'id' in widget.fields;
        const isSet = widget.type === 'links' || widget.type === 'enumMulti' || widget.type === 'countries';
        expect(merged.conflicts.length === 0, `${kind}.${entry.path}`).toBe(hasItemIds || isSet);
        if (merged.conflicts.length === 0) expect(merged.value).toEqual(list.slice(1, -1));
        expect(first).toBeDefined();
      }
    }
  });
});
