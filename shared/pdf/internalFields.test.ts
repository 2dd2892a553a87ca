// Every field a DPO can mark internal in Settings leaves the standard authority workbook and PDF, and the internal
// edition shows it as before.
import { describe, expect, it } from 'vitest';
import { authorityColumnSources, authorityRegisterColumns } from '../excel/columnMap';
import { INTERNAL_FIELD_CHOICES, internalFieldKeys } from '../model/recordFields';
import { sampleRegister } from '../sample/sampleRegister';
import { activityGroups } from './activities';
import { ExportContext } from './context';
import { processorActivityGroups } from './processorActivities';

describe('fields the DPO marks internal', () => {
  const register = sampleRegister();

  it.each(INTERNAL_FIELD_CHOICES.filter((c) => !c.always).map((c) => `${c.kind}.${c.path}`))(
    '%s leaves the standard edition and stays in the internal one',
    (key) => {
      const [kind, path] = key.split('.') as [string, string];
      const marked = structuredClone(register);
      marked.meta.internalFields = [key];
      const internal = internalFieldKeys(marked.meta.internalFields);

      if (kind === 'activities') {
        const standardColumns = authorityRegisterColumns('standard', internal);
        expect(standardColumns.some((c) => authorityColumnSources(c.key).includes(path))).toBe(false);
      }
      const rowsOf = (edition: 'standard' | 'internal', from = marked) => {
        const ctx = new ExportContext(from, 'en', edition);
        const groups =
          kind === 'activities'
            ? from.activities.flatMap((a) => activityGroups(ctx, a))
            : from.processorActivities.flatMap((pa) => processorActivityGroups(ctx, pa));
        return [...new Set(groups.flatMap((g) => g.rows.map((r) => r.field)))].sort();
      };
      expect(rowsOf('standard')).not.toContain(path);
      // The internal edition shows exactly what it shows without the mark.
      expect(rowsOf('internal')).toEqual(rowsOf('internal', register));
    },
  );

  it('without a mark, the standard PDF shows those fields (so their absence above means something)', () => {
    const ctx = new ExportContext(register, 'en', 'standard');
    const shown = new Set(
      register.activities.flatMap((a) => activityGroups(ctx, a)).flatMap((g) => g.rows.map((r) => r.field)),
    );
    for (const path of [
      'description',
      'businessProcess',
      'controllers',
      'purposes',
      'legalBases',
      'retention',
      'dpia',
    ])
      expect(shown, path).toContain(path);
  });

  it('the descriptors own internal fields are offered as always internal', () => {
    const always = INTERNAL_FIELD_CHOICES.filter((c) => c.always).map((c) => `${c.kind}.${c.path}`);
    expect(always).toEqual(expect.arrayContaining(['activities.owner', 'activities.systems', 'activities.notes']));
  });
});
