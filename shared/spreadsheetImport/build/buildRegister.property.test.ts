// Whatever the mapping — columns that do not exist, fields of the wrong register, unknown paths, a field mapped
// twice, confidences out of range — and whatever the cells hold, the builder never throws and what it returns
// passes the register schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRegister, registerSchema } from '../../model/register';
import { sampleRegister } from '../../sample/sampleRegister';
import { textArb } from '../../test/arbitraries';
import { dutchRegister, frenchRegister } from '../../test/foreignRegisters';
import { bookOf } from '../../test/sourceTables';
import { importTargets } from '../mapping/targets';
import type { ColumnMapping, FieldTarget, SourceCell } from '../types';
import { buildRegister } from './buildRegister';

const validTargets: FieldTarget[] = [...importTargets('activities'), ...importTargets('processorActivities')].map(
  ({ kind, path }) => ({ kind, path }),
);

const targetArb: fc.Arbitrary<FieldTarget | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...validTargets) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('activities' as const, 'processorActivities' as const),
      path: fc.string(),
    }),
  },
);

const mappingArb: fc.Arbitrary<ColumnMapping[]> = fc.array(
  fc
    .record({
      column: fc.integer({ min: -1, max: 24 }),
      target: targetArb,
      confidence: fc.oneof(fc.double({ min: -1, max: 2 }), fc.constant(Number.NaN)),
      reason: fc.string({ maxLength: 10 }),
    })
    .map(({ target, ...rest }) => (target ? { ...rest, target } : rest)),
  { maxLength: 24 },
);

const cellArb: fc.Arbitrary<SourceCell | undefined> = fc.oneof(
  textArb,
  fc.constantFrom(
    'Wettelijke verplichting (art. 6.1.c AVG)',
    '10 jaar na einde aansluiting',
    'Mutas (verwerker)\nRIZIV (extern)',
    'Verenigde Staten',
    'art. 46',
    'ja',
    'n.v.t.',
    'CM-001',
    'Aansluiting en verzekerbaarheid',
    '31/02/2024',
    '',
  ),
  fc.integer({ min: -5, max: 60_000 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.constant(undefined),
);

const randomTable = fc
  .array(fc.array(cellArb, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 })
  .map((rows) => bookOf('Blad1', { headers: ['Nr', 'Naam', 'Doel', 'Rechtsgrond', 'Ontvangers', 'Bewaring'] }, rows));

const sourceArb = fc.oneof(fc.constant(dutchRegister()), fc.constant(frenchRegister()), randomTable);

describe('buildRegister with any mapping', () => {
  it('never throws and always returns a register that passes the schema', () => {
    const sample = sampleRegister();
    fc.assert(
      fc.property(
        sourceArb,
        mappingArb,
        fc.boolean(),
        fc.constantFrom('nl', 'fr', 'en', 'de') as fc.Arbitrary<'nl' | 'fr' | 'en' | 'de'>,
        (source, mapping, intoSample, language) => {
          const current = intoSample ? sample : emptyRegister();
          const { register, report } = buildRegister(source.book, source.table, mapping, current, {
            language,
            today: '2026-01-01',
          });
          const parsed = registerSchema.safeParse(register);
          expect(parsed.success).toBe(true);
          expect(report.rows.records).toBeLessThanOrEqual(report.rows.read);
          for (const cell of report.cells) expect(cell.why).not.toBe('');
        },
      ),
      { numRuns: 150 },
    );
  });
});
