/**
 * The dashboard's figures on the sample register (the numbers a DPO sees on first start) and on small registers
 * built by hand, where every count can be checked by eye.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TEXT_LANGUAGES } from '../i18n/languages';
import { RECORD_KINDS, RECORD_SCHEMAS, registerSchema, type Register, type RegisterInput } from '../model/register';
import { sampleRegister } from '../sample/sampleRegister';
import { sourceStamp } from '../translation/sourceStamp';
import type { Finding } from '../validation/finding';
import { validateRegister } from '../validation/validate';
import {
  activitiesPerController,
  addDays,
  daysBetween,
  findingsMostSevereFirst,
  registerStatistics,
  reviewSchedule,
  sensitiveActivities,
  transfersByCountry,
  transfersByMechanism,
} from './registerStatistics';
import { TRANSLATABLE_FIELDS, translationCoverage } from './translationCoverage';

const TODAY = '2026-11-22';

const uuid = (prefix: string, n: number): string =>
  `${prefix.padEnd(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const ID = {
  lcm: uuid('0a', 1),
  fund: uuid('0a', 2),
  dpo: uuid('0a', 3),
  unknownOrg: uuid('0a', 99),
  health: uuid('da', 1),
  criminal: uuid('da', 2),
  nationalId: uuid('da', 3),
  identity: uuid('da', 4),
  health2: uuid('da', 5),
  act: (n: number) => uuid('ac', n),
  pa: (n: number) => uuid('bc', n),
  transfer: (n: number) => uuid('7f', n),
};

function register(input: Omit<RegisterInput, 'meta'> & { meta?: Partial<RegisterInput['meta']> }): Register {
  const { meta, ...rest } = input;
  return registerSchema.parse({ meta: { title: 'Test', mainLanguage: 'nl', ...meta }, ...rest });
}

const ORGANISATIONS: RegisterInput['organisations'] = [
  { id: ID.lcm, name: 'Landsbond', kind: 'controller' },
  { id: ID.fund, name: 'Ziekenfonds', kind: 'joint-controller' },
  { id: ID.dpo, name: 'DPO', kind: 'dpo' },
];

describe('registerStatistics on the sample register', () => {
  const sample = sampleRegister();
  const findings = validateRegister(sample, { today: TODAY });
  const stats = registerStatistics(sample, findings, { today: TODAY });

  it('counts every record kind', () => {
    expect(stats.counts).toEqual({
      organisations: 10,
      activities: 29,
      processorActivities: 3,
      recipients: 33,
      processors: 18,
      transfers: 9,
      dataCategories: 23,
      subjectCategories: 15,
      securityMeasures: 11,
      legalReferences: 19,
    });
  });

  it('counts the findings it is given, by severity', () => {
    const { error, warning, info } = stats.findingsBySeverity;
    expect(error + warning + info).toBe(findings.length);
    expect(stats.findingsTotal).toBe(findings.length);
    expect(error).toBe(findings.filter((f) => f.severity === 'error').length);
    expect(error).toBeGreaterThan(0);
  });

  it('gives every controller of the group a line, and every activity a controller', () => {
    const controllers = sample.organisations.filter((o) => o.kind === 'controller' || o.kind === 'joint-controller');
    expect(stats.activitiesByController.map((c) => c.organisationId).sort()).toEqual(
      controllers.map((c) => c.id).sort(),
    );
    for (const line of stats.activitiesByController) {
      expect(line.name).toBeDefined();
      expect(line.total).toBe(line.byStatus.draft + line.byStatus.active + line.byStatus.retired);
    }
    const totals = stats.activitiesByController.map((c) => c.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    // Joint controllers count an activity once each, so the lines add up to at least the number of activities.
    expect(totals.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(29);
  });

  it('lists the overdue reviews oldest first and agrees with the validation rule', () => {
    const overdueFindings = findings.filter((f) => f.code === 'REVIEW_OVERDUE');
    expect(stats.reviews.overdue.map((r) => r.id).sort()).toEqual(overdueFindings.map((f) => f.recordId).sort());
    expect(stats.reviews.overdue.length).toBeGreaterThan(0);
    const dates = stats.reviews.overdue.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    expect(stats.reviews.overdue.every((r) => r.days < 0)).toBe(true);
    expect(stats.reviews.until).toBe('2026-12-22');
  });

  it('finds the activities with special, criminal and national-id data', () => {
    expect(stats.sensitive.special.length).toBeGreaterThan(0);
    expect(stats.sensitive.criminal.length).toBeGreaterThan(0);
    expect(stats.sensitive.nationalId.length).toBeGreaterThan(0);
    expect(stats.sensitive.nationalId[0]?.categories).toEqual([
      'Gegevens uit het Rijksregister en rijksregisternummer',
    ]);
  });

  it('counts the transfers by mechanism and by country, with the country status', () => {
    expect(stats.transfersByCountry).toEqual([
      { country: 'MA', status: 'third-country', count: 6 },
      { country: 'TR', status: 'third-country', count: 2 },
      { country: 'TN', status: 'third-country', count: 1 },
    ]);
    expect(stats.transfersByMechanism.slice(0, 2)).toEqual([
      { mechanism: 'art49-1-a', count: 2 },
      { mechanism: 'art49-1-b', count: 2 },
    ]);
    expect(stats.transfersByMechanism.reduce((sum, m) => sum + m.count, 0)).toBe(9);
  });

  it('measures the translation into the three languages other than Dutch', () => {
    expect(stats.translation.mainLanguage).toBe('nl');
    expect(stats.translation.languages.map((l) => l.language)).toEqual(['fr', 'en', 'de']);
    const [fr, en, de] = stats.translation.languages;
    expect(fr?.total).toBe(en?.total);
    expect(fr?.translated).toBeGreaterThan(0);
    expect(en?.translated).toBeGreaterThan(0);
    expect(de?.translated).toBe(0);
    expect(de?.ratio).toBe(0);
    for (const line of stats.translation.languages) {
      const byKind = Object.values(line.byKind);
      expect(byKind.reduce((sum, c) => sum + c.total, 0)).toBe(line.total);
      expect(byKind.reduce((sum, c) => sum + c.translated, 0)).toBe(line.translated);
      expect(byKind.reduce((sum, c) => sum + c.outdated, 0)).toBe(line.outdated);
    }
  });

  it('refuses a today that is not an ISO date', () => {
    expect(() => registerStatistics(sample, findings, { today: '22/11/2026' })).toThrow(RangeError);
  });
});

describe('activities per controller', () => {
  it('splits by status, counts joint activities for each controller, and gathers activities without one', () => {
    const reg = register({
      organisations: [...ORGANISATIONS],
      activities: [
        { id: ID.act(1), name: 'A', status: 'active', controllers: [{ organisationId: ID.lcm, role: 'controller' }] },
        {
          id: ID.act(2),
          name: 'B',
          status: 'draft',
          controllers: [
            { organisationId: ID.lcm, role: 'joint-controller' },
            { organisationId: ID.fund, role: 'joint-controller' },
          ],
        },
        { id: ID.act(3), name: 'C', status: 'retired', controllers: [{ organisationId: ID.lcm, role: 'controller' }] },
        { id: ID.act(4), name: 'D', status: 'active' },
        {
          id: ID.act(5),
          name: 'E',
          status: 'draft',
          controllers: [{ organisationId: ID.unknownOrg, role: 'controller' }],
        },
      ],
    });
    expect(activitiesPerController(reg)).toEqual([
      { organisationId: ID.lcm, name: 'Landsbond', byStatus: { draft: 1, active: 1, retired: 1 }, total: 3 },
      { organisationId: ID.unknownOrg, name: undefined, byStatus: { draft: 1, active: 0, retired: 0 }, total: 1 },
      { organisationId: ID.fund, name: 'Ziekenfonds', byStatus: { draft: 1, active: 0, retired: 0 }, total: 1 },
      { organisationId: null, name: undefined, byStatus: { draft: 0, active: 1, retired: 0 }, total: 1 },
    ]);
  });

  it('shows a controller without activities with zero, and nothing for other organisations', () => {
    const lines = activitiesPerController(register({ organisations: [...ORGANISATIONS] }));
    expect(lines.map((l) => [l.name, l.total])).toEqual([
      ['Landsbond', 0],
      ['Ziekenfonds', 0],
    ]);
  });
});

describe('reviews due and overdue', () => {
  const reg = register({
    activities: [
      { id: ID.act(1), name: 'Yesterday', status: 'active', nextReviewDate: '2026-11-21' },
      { id: ID.act(2), name: 'Today', status: 'active', nextReviewDate: TODAY },
      { id: ID.act(3), name: 'In 30 days', status: 'draft', nextReviewDate: '2026-12-22' },
      { id: ID.act(4), name: 'In 31 days', status: 'active', nextReviewDate: '2026-12-23' },
      { id: ID.act(5), name: 'Retired and overdue', status: 'retired', nextReviewDate: '2020-01-01' },
      { id: ID.act(6), name: 'No date', status: 'active' },
      { id: ID.act(7), name: 'Long ago', status: 'active', nextReviewDate: '2025-11-22', reference: 'X-7' },
    ],
    processorActivities: [
      { id: ID.pa(1), name: 'Agent', status: 'active', nextReviewDate: '2026-12-01' },
      { id: ID.pa(2), name: 'Old agent', status: 'retired', nextReviewDate: '2026-12-01' },
    ],
  });

  it('splits live processing into overdue (oldest first) and due within 30 days (soonest first)', () => {
    const schedule = reviewSchedule(reg, TODAY);
    expect(schedule.overdue.map((r) => [r.name, r.days])).toEqual([
      ['Long ago', -365],
      ['Yesterday', -1],
    ]);
    expect(schedule.overdue[0]).toMatchObject({
      kind: 'activities',
      id: ID.act(7),
      reference: 'X-7',
      date: '2025-11-22',
    });
    expect(schedule.dueSoon.map((r) => [r.kind, r.name, r.days])).toEqual([
      ['activities', 'Today', 0],
      ['processorActivities', 'Agent', 9],
      ['activities', 'In 30 days', 30],
    ]);
    expect(schedule).toMatchObject({ horizonDays: 30, until: '2026-12-22' });
  });

  it('takes the horizon as a parameter', () => {
    expect(reviewSchedule(reg, TODAY, 0).dueSoon.map((r) => r.name)).toEqual(['Today']);
  });

  it('counts days across month, year and leap-day boundaries in calendar days', () => {
    expect(daysBetween('2026-11-22', '2026-12-22')).toBe(30);
    expect(daysBetween('2027-12-31', '2028-03-01')).toBe(61);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28');
  });
});

describe('sensitive data', () => {
  it('lists live activities per kind of sensitive data they link, in reference order', () => {
    const reg = register({
      dataCategories: [
        { id: ID.health, name: 'Gezondheid', kind: 'special', specialTypes: ['health'] },
        { id: ID.health2, name: 'Afgeleid', kind: 'special' },
        { id: ID.criminal, name: 'Veroordelingen', kind: 'criminal' },
        { id: ID.nationalId, name: 'Rijksregisternummer', kind: 'national-id' },
        { id: ID.identity, name: 'Identiteit', kind: 'ordinary' },
      ],
      activities: [
        {
          id: ID.act(1),
          name: 'Fraud',
          reference: 'A-10',
          status: 'active',
          dataCategoryIds: [ID.criminal, ID.nationalId],
        },
        {
          id: ID.act(2),
          name: 'Care',
          reference: 'A-2',
          status: 'draft',
          dataCategoryIds: [ID.health, ID.identity, ID.health2],
        },
        { id: ID.act(3), name: 'Old care', reference: 'A-1', status: 'retired', dataCategoryIds: [ID.health] },
        { id: ID.act(4), name: 'Mailing', reference: 'A-3', status: 'active', dataCategoryIds: [ID.identity] },
        { id: ID.act(5), name: 'Dangling', reference: 'A-4', status: 'active', dataCategoryIds: [uuid('da', 99)] },
      ],
    });
    const sensitive = sensitiveActivities(reg);
    expect(sensitive.special).toEqual([
      { id: ID.act(2), name: 'Care', reference: 'A-2', status: 'draft', categories: ['Gezondheid', 'Afgeleid'] },
    ]);
    expect(sensitive.criminal.map((a) => [a.name, a.categories])).toEqual([['Fraud', ['Veroordelingen']]]);
    expect(sensitive.nationalId.map((a) => a.name)).toEqual(['Fraud']);
  });
});

describe('transfers', () => {
  const reg = register({
    transfers: [
      { id: ID.transfer(1), name: 'Indian cloud', country: 'IN', mechanism: 'art46-2-c' },
      { id: ID.transfer(2), name: 'Indian support', country: 'IN', mechanism: 'art46-2-c' },
      { id: ID.transfer(3), name: 'Swiss lab', country: 'CH', mechanism: 'art45' },
      { id: ID.transfer(4), name: 'Moroccan care', country: 'MA' },
      { id: ID.transfer(5), name: 'Dutch backup', country: 'NL', mechanism: 'art49-1-a' },
    ],
  });

  it('counts per mechanism, most used first, transfers without one last among equals', () => {
    expect(transfersByMechanism(reg)).toEqual([
      { mechanism: 'art46-2-c', count: 2 },
      { mechanism: 'art45', count: 1 },
      { mechanism: 'art49-1-a', count: 1 },
      { mechanism: null, count: 1 },
    ]);
  });

  it('counts per country with its Chapter V status', () => {
    expect(transfersByCountry(reg)).toEqual([
      { country: 'IN', status: 'third-country', count: 2 },
      { country: 'CH', status: 'adequate', count: 1 },
      { country: 'MA', status: 'third-country', count: 1 },
      { country: 'NL', status: 'eea', count: 1 },
    ]);
  });

  it('is empty for a register without transfers', () => {
    const empty = register({});
    expect(transfersByMechanism(empty)).toEqual([]);
    expect(transfersByCountry(empty)).toEqual([]);
  });
});

describe('findings most severe first', () => {
  it('puts errors before warnings before information and keeps the order within a severity', () => {
    const f = (code: string, severity: Finding['severity']): Finding => ({
      code,
      severity,
      kind: 'activities',
      params: {},
    });
    const sorted = findingsMostSevereFirst([
      f('a', 'info'),
      f('b', 'warning'),
      f('c', 'error'),
      f('d', 'warning'),
      f('e', 'error'),
    ]);
    expect(sorted.map((x) => x.code)).toEqual(['c', 'e', 'b', 'd', 'a']);
  });
});

describe('translation coverage', () => {
  it('counts non-empty texts, nested ones included, and the translations of each into every other language', () => {
    const reg = register({
      meta: { mainLanguage: 'fr', i18n: { nl: { title: 'Not counted' } } },
      activities: [
        {
          id: ID.act(1),
          name: 'Affiliation',
          description: 'Gestion des membres',
          owner: '   ',
          purposes: [
            { id: uuid('ac', 101), description: 'Identifier', i18n: { nl: { description: 'Identificeren' } } },
          ],
          i18n: {
            nl: { name: 'Aansluiting', description: ' ', owner: 'Dienst leden' },
            en: { name: 'Membership', description: 'Managing members' },
          },
          // The English description was made from an earlier French text: outdated, so not translated.
          i18nSource: { en: { name: sourceStamp('Affiliation'), description: sourceStamp('Gestion des affiliés') } },
        },
      ],
      recipients: [
        {
          id: uuid('3e', 1),
          name: 'RIZIV',
          internal: false,
          category: 'public-authority',
          country: 'BE',
          i18n: { de: { name: 'LIKIV' } },
        },
      ],
    });
    const coverage = translationCoverage(reg);
    expect(coverage.mainLanguage).toBe('fr');
    // Texts: activity name, description and purpose (owner is blank), recipient name = 4.
    expect(coverage.languages.map((l) => [l.language, l.translated, l.outdated, l.total])).toEqual([
      ['nl', 2, 0, 4],
      ['en', 1, 1, 4],
      ['de', 1, 0, 4],
    ]);
    const [nl, en] = coverage.languages;
    expect(nl?.ratio).toBe(0.5);
    expect(nl?.byKind.activities).toEqual({ total: 3, translated: 2, outdated: 0 });
    expect(nl?.byKind.recipients).toEqual({ total: 1, translated: 0, outdated: 0 });
    expect(nl?.byKind.transfers).toEqual({ total: 0, translated: 0, outdated: 0 });
    // Only the current English name counts as translated; its description waits for a translator.
    expect(en?.ratio).toBe(0.25);
    expect(en?.byKind.activities).toEqual({ total: 3, translated: 1, outdated: 1 });
  });

  it('calls an empty register fully translated', () => {
    const coverage = translationCoverage(register({}));
    expect(coverage.languages.map((l) => [l.language, l.ratio, l.total])).toEqual([
      ['fr', 1, 0],
      ['en', 1, 0],
      ['de', 1, 0],
    ]);
  });

  it('knows exactly the translatable fields the model schemas declare', () => {
    const i18nFields = (schema: z.ZodObject): string[] => {
      const perLanguage = (schema.shape['i18n'] as z.ZodOptional<z.ZodRecord>).unwrap().valueType as z.ZodRecord;
      return [...(perLanguage.keyType as z.ZodEnum).options].map(String).sort();
    };
    const unwrap = (type: z.ZodType): z.ZodType => {
      let current = type;
      while (current instanceof z.ZodDefault || current instanceof z.ZodOptional)
        current = current.unwrap() as z.ZodType;
      return current;
    };
    for (const kind of RECORD_KINDS) {
      const schema = RECORD_SCHEMAS[kind] as z.ZodType;
      const variants = (schema instanceof z.ZodDiscriminatedUnion ? schema.options : [schema]) as z.ZodObject[];
      for (const variant of variants) {
        expect([...TRANSLATABLE_FIELDS[kind].fields].sort(), kind).toEqual(i18nFields(variant));
        const nested: Record<string, string[]> = {};
        for (const [list, type] of Object.entries(variant.shape)) {
          const inner = unwrap(type as z.ZodType);
          if (inner instanceof z.ZodArray && inner.element instanceof z.ZodObject && 'i18n' in inner.element.shape) {
            nested[list] = i18nFields(inner.element);
          }
        }
        const declared = Object.fromEntries(
          Object.entries(TRANSLATABLE_FIELDS[kind].nested).map(([list, fields]) => [list, [...fields].sort()]),
        );
        expect(declared, kind).toEqual(nested);
      }
      expect(TRANSLATABLE_FIELDS[kind].fields, kind).toContain('name');
    }
    expect(TEXT_LANGUAGES).toHaveLength(4);
  });
});
