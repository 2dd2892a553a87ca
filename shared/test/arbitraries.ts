/**
 * fast-check generators of valid registers, for property tests of everything that round-trips
 * (register file, Excel, storage). Links point at generated records, so the registers are consistent.
 */
import fc from 'fast-check';
import { LEGAL_GROUND_CODES } from '../catalogue/legalGrounds';
import { TRANSFER_MECHANISM_CODES } from '../catalogue/transferMechanisms';
import {
  ACTIVITY_STATUSES,
  DATA_CATEGORY_KINDS,
  ORGANISATION_KINDS,
  RECIPIENT_CATEGORIES,
  SECURITY_MEASURE_FAMILIES,
  SECURITY_MEASURE_TYPES,
  registerSchema,
  type Register,
} from '../model';

const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });
export const idArb = fc
  .tuple(hex(8), hex(4), hex(4), hex(4), hex(12))
  .map(([a, b, c, d, e]) => `${a}-${b}-${c}-${d}-${e}`);

/** Text with accents, quotes, newlines and formula-like starts: what breaks exporters. */
export const textArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom(
    'Ledenadministratie',
    'Gestion des membres — assurance obligatoire',
    'Zorgverleners (artsen, kinésithérapeutes)',
    '=SUM(A1:A2)',
    '+32 2 246 41 11',
    '-5 jaar',
    '@home',
    'Line one\nline two',
    'Ça coûte ë ï ô ç',
    '"quoted" & <tagged>',
  ),
).filter((s) => s.trim().length > 0);

const dateArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const durationArb = fc
  .tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom('Y', 'M', 'W', 'D'))
  .map(([n, u]) => `P${n}${u}`);
const countryArb = fc.constantFrom('BE', 'NL', 'FR', 'DE', 'LU', 'CH', 'GB', 'US', 'JP', 'IN', 'MA', 'TR');

function pick<T>(items: T[], max: number) {
  return items.length === 0 ? fc.constant([] as T[]) : fc.uniqueArray(fc.constantFrom(...items), { maxLength: max });
}

/** A valid register of up to `maxRecords` records per kind. */
const stampArb = fc.stringMatching(/^[0-9a-f]{16}$/);

/** The app never keeps a stamp without its translation; a generated one is dropped likewise. */
function withPairedStamps<T extends { i18n?: { fr?: { name?: string } }; i18nSource?: { fr?: { name?: string } } }>(
  record: T,
): T {
  if (record.i18n?.fr?.name !== undefined || record.i18nSource === undefined) return record;
  const { i18nSource: _dropped, ...rest } = record;
  return rest as T;
}

export function registerArb(maxRecords = 4): fc.Arbitrary<Register> {
  const ids = (n: number) => fc.uniqueArray(idArb, { minLength: n, maxLength: n });
  return fc
    .record({
      counts: fc.array(fc.integer({ min: 0, max: maxRecords }), { minLength: 10, maxLength: 10 }),
      seedIds: ids(maxRecords * 10 + 40),
    })
    .chain(({ counts, seedIds }) => {
      let cursor = 0;
      const take = (n: number) => seedIds.slice(cursor, (cursor += n));
      const [nOrg, nAct, nPa, nRec, nProc, nTr, nData, nSubj, nSec, nRef] = counts as number[] as [
        number, number, number, number, number, number, number, number, number, number,
      ];
      const orgIds = take(nOrg);
      const actIds = take(nAct);
      const paIds = take(nPa);
      const recIds = take(nRec);
      const procIds = take(nProc);
      const trIds = take(nTr);
      const dataIds = take(nData);
      const subjIds = take(nSubj);
      const secIds = take(nSec);
      const refIds = take(nRef);
      const extraIds = take(30);
      let extra = 0;
      const nextExtra = () => extraIds[extra++ % extraIds.length] as string;

      const organisations = fc.tuple(
        ...orgIds.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              name: textArb,
              kind: fc.constantFrom(...ORGANISATION_KINDS),
              enterpriseNumber: fc.constantFrom('0411.702.543', '0851.601.503'),
              email: fc.constantFrom('dpo@example.be', 'privacy@cm.be'),
              servesOrganisationIds: pick(orgIds, 2),
            },
            { requiredKeys: ['id', 'name', 'kind', 'servesOrganisationIds'] },
          ),
        ),
      );
      const recipients = fc.tuple(
        ...recIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: textArb,
            internal: fc.boolean(),
            category: fc.constantFrom(...RECIPIENT_CATEGORIES),
            country: countryArb,
            legalReferenceIds: pick(refIds, 2),
          }),
        ),
      );
      const processors = fc.tuple(
        ...procIds.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              name: textArb,
              contractDate: dateArb,
              countries: fc.uniqueArray(countryArb, { maxLength: 3 }),
              subProcessorIds: pick(procIds, 2),
              description: textArb,
            },
            { requiredKeys: ['id', 'name', 'countries', 'subProcessorIds'] },
          ),
        ),
      );
      const transfers = fc.tuple(
        ...trIds.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              name: textArb,
              country: countryArb,
              recipientId: recIds.length ? fc.constantFrom(...recIds) : fc.constant(undefined),
              mechanism: fc.constantFrom(...TRANSFER_MECHANISM_CODES),
              documentation: textArb,
            },
            { requiredKeys: ['id', 'name', 'country'] },
          ),
        ),
      );
      const dataCategories = fc.tuple(
        ...dataIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: textArb,
            kind: fc.constantFrom(...DATA_CATEGORY_KINDS),
            specialTypes: fc.constant([]),
          }),
        ),
      );
      const subjectCategories = fc.tuple(
        ...subjIds.map((id) => fc.record({ id: fc.constant(id), name: textArb, vulnerable: fc.boolean() })),
      );
      const securityMeasures = fc.tuple(
        ...secIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: textArb,
            type: fc.constantFrom(...SECURITY_MEASURE_TYPES),
            family: fc.constantFrom(...SECURITY_MEASURE_FAMILIES),
          }),
        ),
      );
      const legalReferences = fc.tuple(
        ...refIds.map((id) =>
          fc.oneof(
            fc.record({
              id: fc.constant(id),
              name: textArb,
              kind: fc.constant('statute' as const),
              date: dateArb,
              article: fc.constantFrom('art. 3', 'art. 9bis'),
            }),
            fc.record({
              id: fc.constant(id),
              name: textArb,
              kind: fc.constant('isc-deliberation' as const),
              number: fc.constantFrom('22/080', '18/123'),
              date: dateArb,
            }),
            fc.record({
              id: fc.constant(id),
              name: textArb,
              kind: fc.constant('gdpr' as const),
              provision: fc.constantFrom(...LEGAL_GROUND_CODES),
            }),
          ),
        ),
      );
      const activities = fc.tuple(
        ...actIds.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              name: textArb,
              reference: fc.constantFrom('CM-001', 'CM-002'),
              description: textArb,
              controllers: pick(orgIds, 2).map((os) => os.map((organisationId) => ({ organisationId, role: 'controller' as const }))),
              purposes: fc.array(textArb, { maxLength: 3 }).map((ds) => ds.map((description) => ({ id: nextExtra(), description }))),
              legalBases: fc
                .uniqueArray(fc.constantFrom(...LEGAL_GROUND_CODES), { maxLength: 3 })
                .chain((grounds) =>
                  fc.tuple(...grounds.map((ground) => pick(refIds, 2).map((legalReferenceIds) => ({ id: nextExtra(), ground, legalReferenceIds })))),
                ),
              subjectCategoryIds: pick(subjIds, 3),
              dataCategoryIds: pick(dataIds, 3),
              recipientIds: pick(recIds, 3),
              processorIds: pick(procIds, 3),
              transferIds: pick(trIds, 2),
              retention: fc.array(
                fc.record(
                  { period: durationArb, criterion: textArb, dataCategoryIds: pick(dataIds, 2) },
                  { requiredKeys: ['dataCategoryIds'] },
                ),
                { maxLength: 2 },
              ).map((rules) => rules.map((r) => ({ id: nextExtra(), purposeIds: [], legalReferenceIds: [], ...r }))),
              securityMeasureIds: pick(secIds, 3),
              status: fc.constantFrom(...ACTIVITY_STATUSES),
              startDate: dateArb,
              nextReviewDate: dateArb,
              i18n: fc.record({ fr: fc.record({ name: textArb }) }),
              // A stamp of the text the translation was made from: any stamp, so current and outdated ones both occur.
              i18nSource: fc.record({ fr: fc.record({ name: stampArb }) }),
            },
            { requiredKeys: ['id', 'name', 'controllers', 'purposes', 'legalBases', 'status'] },
          ).map(withPairedStamps),
        ),
      );
      const processorActivities = fc.tuple(
        ...paIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: textArb,
            controllerOrganisationIds: pick(orgIds, 2),
            processingCategories: fc.array(textArb, { maxLength: 2 }).map((ds) => ds.map((description) => ({ id: nextExtra(), description }))),
            status: fc.constantFrom(...ACTIVITY_STATUSES),
          }),
        ),
      );
      return fc
        .record({
          meta: fc.record({ title: textArb, mainLanguage: fc.constantFrom('nl', 'fr', 'en', 'de') }),
          organisations,
          activities,
          processorActivities,
          recipients,
          processors,
          transfers,
          dataCategories,
          subjectCategories,
          securityMeasures,
          legalReferences,
        })
        .map((raw) => registerSchema.parse(raw));
    });
}
