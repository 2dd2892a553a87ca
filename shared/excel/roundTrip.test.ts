// The complete layout reads back into the very same register: same fingerprint, for generated registers, for the
// sample register in each language, and for texts chosen to break spreadsheets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRegister, type Register } from '../model';
import { fingerprint } from '../register/canonical';
import { compareRegisters, isUnchanged } from '../register/compare';
import { sampleRegister } from '../sample/sampleRegister';
import { registerArb } from '../test/arbitraries';
import { exportWorkbook, planWorkbookImport } from '.';

const exportedAt = new Date('2026-11-20T09:30:00Z');
const today = '2026-11-20';

async function roundTrip(register: Register, lang: 'nl' | 'fr' | 'en', into: Register = emptyRegister()) {
  const bytes = await exportWorkbook(register, { lang, layout: 'complete', exportedAt, today });
  return planWorkbookImport(bytes, into, { lang: 'en' });
}

function changes(before: Register, after: Register): string {
  const diff = compareRegisters(before, after);
  const kinds = Object.entries(diff.kinds).filter(([, k]) => k.added.length + k.removed.length + k.changed.length > 0);
  return JSON.stringify({ meta: diff.meta, kinds }, null, 1).slice(0, 2000);
}

/** The sample register with the values that break exporters: formula-like and escaped text, control characters, a
 * carriage return, bullets, blank and multi-line texts, empty translation objects, a dangling link. */
function trickyRegister(): Register {
  const register = sampleRegister();
  const [a, b] = register.activities as [Register['activities'][number], Register['activities'][number]];
  a.description = '';
  a.owner = '  leading and trailing spaces  ';
  a.notes = '=SUM(A1:A2)\n+32 2 246 41 11\n-5\n@home\n\tindented\rcarriage\u0001control _x0041_ literal';
  a.systems = '• starts with a bullet\n\n  blank line above, indent here\n';
  (a.purposes[0] as { description: string }).description = 'Line one\nline two\n• not a new item';
  a.i18n = { ...a.i18n, fr: {}, nl: { name: 'i18n in the main language' } };
  if (a.i18nSource) delete a.i18nSource.fr;
  b.i18n = {};
  delete b.i18nSource;
  b.recipientIds = [...b.recipientIds, 'ffffffff-ffff-4fff-8fff-ffffffffffff'];
  b.automatedDecision = { exists: true, profiling: true, logic: 'Score ≥ 5 → refusal' };
  b.dpia = { status: 'done', reference: 'DPIA-2026/7', date: '2026-02-28' };
  b.characteristics = ['large-scale', 'sensitive-data'];
  const recipient = register.recipients[0] as Register['recipients'][number];
  recipient.name = 'Name with\na line break';
  recipient.notes = '_x005F_ and _xABCD_';
  return register;
}

describe('complete layout round trip', () => {
  it('gives back any generated register with the same fingerprint', async () => {
    await fc.assert(
      fc.asyncProperty(
        registerArb(),
        fc.constantFrom('nl' as const, 'fr' as const, 'en' as const),
        async (register, lang) => {
          const plan = await roundTrip(register, lang);
          expect(fingerprint(plan.register), changes(register, plan.register)).toBe(fingerprint(register));
          expect(plan.layout).toBe('complete');
        },
      ),
      { numRuns: 25 },
    );
  });

  it.each(['nl', 'fr', 'en'] as const)(
    'gives back the sample register exported in %s, with no problems',
    async (lang) => {
      const register = sampleRegister();
      const plan = await roundTrip(register, lang);
      expect(plan.problems).toEqual([]);
      expect(fingerprint(plan.register), changes(register, plan.register)).toBe(fingerprint(register));
    },
  );

  it('keeps texts that break spreadsheets exact', async () => {
    const register = trickyRegister();
    for (const lang of ['nl', 'fr'] as const) {
      const plan = await roundTrip(register, lang);
      expect(fingerprint(plan.register), changes(register, plan.register)).toBe(fingerprint(register));
    }
  });

  it('imported into the register it came from, changes nothing', async () => {
    const register = sampleRegister();
    const plan = await roundTrip(register, 'fr', register);
    expect(isUnchanged(plan.diff)).toBe(true);
    expect(plan.ignoredSheets).toEqual(['Synthèse']);
  });

  it('limited to one controller, leaves the records of other controllers alone when read back', async () => {
    const register = sampleRegister();
    const controllerId = register.organisations.find((o) => o.kind === 'controller')?.id as string;
    const bytes = await exportWorkbook(register, { lang: 'nl', layout: 'complete', controllerId, exportedAt, today });
    const plan = await planWorkbookImport(bytes, register);
    expect(isUnchanged(plan.diff)).toBe(true);
  });
});
