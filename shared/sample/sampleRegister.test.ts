// Tests of the sample register: schema, links, ids, and the facts from the two privacy statements it must hold.
import { describe, expect, it } from 'vitest';
import { registerSchema, RECORD_KINDS, type Register } from '../model/register';
import type { Activity } from '../model/activity';
import { danglingLinks } from '../register/links';
import { sampleRegister } from './sampleRegister';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every `id` anywhere in the register: records and the purposes, bases, sources and rules nested in them. */
function allIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) allIds(item, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') out.push(child);
      else allIds(child, out);
    }
  }
  return out;
}

function periods(activity: Activity): string[] {
  return activity.retention.flatMap((r) => (r.period === undefined ? [] : [r.period]));
}

function byReference(register: Register, reference: string): Activity {
  const found = register.activities.find((a) => a.reference === reference);
  if (!found) throw new Error(`no activity ${reference}`);
  return found;
}

describe('sampleRegister', () => {
  const register = sampleRegister();

  it('passes the register schema unchanged', () => {
    expect(registerSchema.parse(register)).toEqual(register);
    expect(register.meta.mainLanguage).toBe('nl');
  });

  it('has no dangling links', () => {
    expect(danglingLinks(register)).toEqual([]);
  });

  it('uses unique lower-case UUIDs everywhere', () => {
    const ids = allIds(register);
    expect(ids.length).toBeGreaterThan(200);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives equal but distinct objects on every call', () => {
    const again = sampleRegister();
    expect(again).toEqual(register);
    expect(again).not.toBe(register);
    for (const kind of RECORD_KINDS) expect(again[kind]).not.toBe(register[kind]);
    expect(again.activities[0]).not.toBe(register.activities[0]);
    expect(again.activities[0]?.purposes).not.toBe(register.activities[0]?.purposes);
    again.activities[0]?.purposes.push({ id: '00000000-0000-4000-8000-00000000ffff', description: 'x' });
    expect(sampleRegister()).toEqual(register);
  });

  it('holds the group controllers with their enterprise numbers', () => {
    const controllers = register.organisations.filter((o) => o.kind === 'controller');
    const numbers = controllers.map((o) => o.enterpriseNumber);
    expect(numbers).toEqual(expect.arrayContaining(['0411.702.543', '0851.601.503', '0471.458.008', '0713.670.669']));
    const lcm = controllers.find((o) => o.enterpriseNumber === '0411.702.543');
    expect(lcm?.address).toMatchObject({
      street: 'Haachtsesteenweg 579 bus 40',
      postalCode: '1031',
      city: 'Schaarbeek',
    });
    for (const name of ['Regionale ziekenfondsen', 'MC Assure', 'Solimut', 'RMOB CM Brussel']) {
      expect(controllers.some((o) => o.name.includes(name))).toBe(true);
    }
  });

  it('names the DPO and the supervisory authority', () => {
    const dpo = register.organisations.find((o) => o.kind === 'dpo' && o.email === 'privacy@cm.be');
    expect(dpo).toBeDefined();
    expect(dpo?.dpoIsStaff).toBeUndefined();
    const authority = register.organisations.find((o) => o.kind === 'supervisory-authority');
    expect(authority?.address).toMatchObject({ street: 'Drukpersstraat 35', postalCode: '1000' });
  });

  it('names every recipient the statements list', () => {
    const names = register.recipients.map((r) => r.name);
    const expected = [
      '(RIZIV)',
      '(RSZ)',
      '(RSVZ)',
      '(RVA)',
      '(RJV)',
      'Federale Pensioendienst',
      'Fedris',
      '(NIC)',
      'Kruispuntbank van de Sociale Zekerheid',
      'Controledienst',
      'FOD Financiën',
      'Iriscare',
      'Hoven en rechtbanken',
      'Gerechtsdeurwaarders',
      'Schuldeisers',
      'Bedrijfsrevisoren',
      'Erfgenamen en notarissen',
      'Zorgverleners',
      'Andere ziekenfondsen',
    ];
    for (const part of expected)
      expect(
        names.some((n) => n.includes(part)),
        part,
      ).toBe(true);
    for (const r of register.recipients) expect(typeof r.internal).toBe('boolean');
  });

  it('names every processor the statements list', () => {
    const names = register.processors.map((p) => p.name);
    const expected = [
      'Mutas',
      '(IMA)',
      'Doccle',
      'Kazou',
      'Intersoc',
      'Samana',
      'OKRA',
      'ICT-verwerkers',
      'Mailingfirma',
      'Advocaten',
    ];
    for (const part of expected)
      expect(
        names.some((n) => n.includes(part)),
        part,
      ).toBe(true);
    expect(register.processors.some((p) => p.contractDate !== undefined)).toBe(true);
    expect(register.processors.some((p) => p.contractDate === undefined)).toBe(true);
  });

  it('keeps the retention periods the statements give', () => {
    const has = (...wanted: string[]) => register.activities.some((a) => wanted.every((p) => periods(a).includes(p)));
    expect(has('P3M', 'P18M')).toBe(true);
    expect(has('P3M', 'P24M')).toBe(true);
    expect(periods(byReference(register, 'CM-019'))).toContain('P1Y');
    expect(periods(byReference(register, 'BXL-004'))).toContain('P1M');
    expect(periods(byReference(register, 'CM-015'))).toContain('P3Y');
  });

  it('links every retention rule to purposes of its own activity', () => {
    for (const a of register.activities) {
      const own = new Set(a.purposes.map((p) => p.id));
      for (const rule of a.retention) {
        expect(rule.purposeIds.length + rule.dataCategoryIds.length).toBeGreaterThan(0);
        for (const id of rule.purposeIds) expect(own.has(id)).toBe(true);
        expect(rule.period !== undefined || rule.criterion !== undefined).toBe(true);
      }
    }
  });

  it('has a realistic number of activities, some overdue for review', () => {
    expect(register.activities.length).toBeGreaterThanOrEqual(15);
    expect(register.activities.length).toBeLessThanOrEqual(30);
    expect(register.activities.some((a) => a.nextReviewDate !== undefined && a.nextReviewDate < '2026-01-01')).toBe(
      true,
    );
    expect(new Set(register.activities.map((a) => a.reference)).size).toBe(register.activities.length);
  });

  it('uses the GDPR grounds and national data categories the statements name', () => {
    const grounds = new Set(register.activities.flatMap((a) => a.legalBases.map((b) => b.ground)));
    for (const g of [
      'art6-1-c',
      'art6-1-d',
      'art6-1-e',
      'art6-1-f',
      'art9-2-b',
      'art9-2-c',
      'art9-2-f',
      'art9-2-g',
      'art9-2-h',
      'art9-2-i',
      'art9-2-j',
      'art87',
      'art89',
    ] as const) {
      expect(grounds.has(g), g).toBe(true);
    }
    const kinds = new Set(register.dataCategories.map((d) => d.kind));
    expect([...kinds].sort()).toEqual(['criminal', 'national-id', 'ordinary', 'special']);
    const statutes = register.legalReferences.filter((r) => r.kind === 'statute');
    const dates = statutes.map((r) => (r.kind === 'statute' ? r.date : undefined));
    expect(dates).toEqual(
      expect.arrayContaining([
        '1990-08-06',
        '1994-07-14',
        '1990-01-15',
        '1983-08-08',
        '2008-08-21',
        '1995-04-11',
        '2002-08-22',
        '2018-07-30',
      ]),
    );
    expect(register.legalReferences.some((r) => r.kind === 'isc-deliberation')).toBe(false);
  });

  it('records transfers on the grounds the statements give', () => {
    const mechanisms = new Set(register.transfers.map((t) => t.mechanism));
    for (const m of ['art49-1-a', 'art49-1-b', 'art49-1-c', 'art49-1-d', 'art49-1-f', 'art46-2-c'] as const)
      expect(mechanisms.has(m), m).toBe(true);
    for (const t of register.transfers) expect(t.country).not.toBe('BE');
  });

  it('has translations for part of the activities', () => {
    const translated = register.activities.filter((a) => a.i18n?.en?.name !== undefined);
    expect(translated.length).toBeGreaterThan(10);
    expect(register.activities.some((a) => a.i18n?.fr?.name === undefined)).toBe(true);
  });

  it('has a processor register for the insurance-agent role', () => {
    expect(register.processorActivities.length).toBeGreaterThan(0);
    for (const pa of register.processorActivities) expect(pa.controllerOrganisationIds.length).toBeGreaterThan(0);
  });
});
