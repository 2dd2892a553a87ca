import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerSchema, type Register, type RegisterInput } from '../model';
import { registerArb } from '../test/arbitraries';
import { fingerprint } from './canonical';
import { scopeToController, UnknownOrganisationError } from './controllerScope';
import { danglingLinks } from './links';

/** Readable fixed UUIDs: id('a1') → 00000000-0000-0000-0000-0000000000a1. */
const id = (tag: string): string => `00000000-0000-0000-0000-${tag.padStart(12, '0')}`;

const ORG = {
  A: id('a'),
  B: id('b'),
  C: id('c'),
  J: id('d'),
  X: id('e'),
  dpoA: id('1a'),
  dpoGroup: id('1b'),
  dpoAC: id('1c'),
  dpoB: id('1d'),
  repB: id('1e'),
  authority: id('1f'),
};

function groupRegister(): Register {
  const input: RegisterInput = {
    meta: { title: 'Group register', mainLanguage: 'nl', organisationName: 'Group' },
    organisations: [
      { id: ORG.A, name: 'Controller A', kind: 'controller' },
      { id: ORG.B, name: 'Controller B', kind: 'controller' },
      { id: ORG.C, name: 'Controller C', kind: 'controller' },
      { id: ORG.J, name: 'Joint partner', kind: 'joint-controller' },
      { id: ORG.X, name: 'External controller', kind: 'external-controller' },
      { id: ORG.dpoA, name: 'DPO of A', kind: 'dpo', servesOrganisationIds: [ORG.A] },
      { id: ORG.dpoGroup, name: 'Group DPO', kind: 'dpo' },
      { id: ORG.dpoAC, name: 'DPO of A and C', kind: 'dpo', servesOrganisationIds: [ORG.A, ORG.C] },
      { id: ORG.dpoB, name: 'DPO of B', kind: 'dpo', servesOrganisationIds: [ORG.B] },
      { id: ORG.repB, name: 'Representative of B', kind: 'representative', servesOrganisationIds: [ORG.B] },
      { id: ORG.authority, name: 'GBA', kind: 'supervisory-authority' },
    ],
    activities: [
      {
        id: id('a1'),
        name: 'Members',
        controllers: [
          { organisationId: ORG.A, role: 'joint-controller' },
          { organisationId: ORG.J, role: 'joint-controller' },
        ],
        purposes: [{ id: id('f1'), description: 'Membership' }],
        legalBases: [{ id: id('f2'), ground: 'art6-1-c', legalReferenceIds: [id('31')] }],
        subjectCategoryIds: [id('51')],
        dataCategoryIds: [id('41')],
        recipientIds: [id('22')],
        processorIds: [id('61')],
        transferIds: [id('71')],
        retention: [{ id: id('f3'), period: 'P5Y', dataCategoryIds: [id('42')], legalReferenceIds: [id('32')] }],
        securityMeasureIds: [id('81')],
      },
      {
        id: id('a2'),
        name: 'Old process',
        controllers: [{ organisationId: ORG.A, role: 'controller' }],
        replacedByActivityId: id('b2'),
      },
      {
        id: id('b1'),
        name: 'B only',
        controllers: [{ organisationId: ORG.B, role: 'controller' }],
        subjectCategoryIds: [id('52')],
        dataCategoryIds: [id('43')],
        recipientIds: [id('23')],
        processorIds: [id('64')],
        securityMeasureIds: [id('83')],
        legalBases: [{ id: id('f4'), ground: 'art6-1-b', legalReferenceIds: [id('34')] }],
      },
      {
        id: id('a4'),
        name: 'Renewed',
        controllers: [{ organisationId: ORG.A, role: 'controller' }],
        replacedByActivityId: id('a1'),
      },
      { id: id('b2'), name: 'Moved to B', controllers: [{ organisationId: ORG.B, role: 'controller' }] },
    ],
    processorActivities: [
      {
        id: id('c1'),
        name: 'A for X',
        processorOrganisationId: ORG.A,
        controllerOrganisationIds: [ORG.X],
        subProcessorIds: [id('65')],
        securityMeasureIds: [id('82')],
      },
      { id: id('c2'), name: 'B for A', processorOrganisationId: ORG.B, controllerOrganisationIds: [ORG.A] },
      { id: id('c3'), name: 'B for X', processorOrganisationId: ORG.B, controllerOrganisationIds: [ORG.X] },
    ],
    recipients: [
      {
        id: id('21'),
        name: 'Reached by transfer',
        internal: false,
        category: 'other',
        country: 'US',
        legalReferenceIds: [id('33')],
      },
      { id: id('22'), name: 'RIZIV', internal: false, category: 'social-security-institution', country: 'BE' },
      { id: id('23'), name: 'B recipient', internal: false, category: 'other', country: 'BE' },
    ],
    processors: [
      { id: id('61'), name: 'Mailing', subProcessorIds: [id('62')] },
      { id: id('62'), name: 'Cloud', subProcessorIds: [id('63')] },
      { id: id('63'), name: 'Datacentre' },
      { id: id('64'), name: 'B processor' },
      { id: id('65'), name: 'PA sub-processor' },
      { id: id('66'), name: 'Transfer processor' },
    ],
    transfers: [{ id: id('71'), name: 'To the US', country: 'US', recipientId: id('21'), processorId: id('66') }],
    dataCategories: [
      { id: id('41'), name: 'Identity', kind: 'ordinary' },
      { id: id('42'), name: 'Recordings', kind: 'ordinary' },
      { id: id('43'), name: 'B data', kind: 'ordinary' },
    ],
    subjectCategories: [
      { id: id('51'), name: 'Members' },
      { id: id('52'), name: 'B subjects' },
    ],
    securityMeasures: [
      { id: id('81'), name: 'Encryption', type: 'technical', family: 'encryption' },
      { id: id('82'), name: 'Access', type: 'technical', family: 'access-control' },
      { id: id('83'), name: 'B measure', type: 'organisational', family: 'awareness' },
    ],
    legalReferences: [
      { id: id('31'), name: 'Law 1', kind: 'statute' },
      { id: id('32'), name: 'Law 2', kind: 'statute' },
      { id: id('33'), name: 'Agreement', kind: 'agreement' },
      { id: id('34'), name: 'B law', kind: 'statute' },
      { id: id('35'), name: 'Unused', kind: 'statute' },
    ],
  };
  return registerSchema.parse(input);
}

const ids = (records: { id: string }[]): string[] => records.map((r) => r.id);

describe('scopeToController', () => {
  it('keeps the controller’s activities and processor activities, in order', () => {
    const scoped = scopeToController(groupRegister(), ORG.A);
    expect(ids(scoped.activities)).toEqual([id('a1'), id('a2'), id('a4')]);
    expect(ids(scoped.processorActivities)).toEqual([id('c1'), id('c2')]);
  });

  it('keeps exactly the records the kept records reach, transitively', () => {
    const scoped = scopeToController(groupRegister(), ORG.A);
    expect(ids(scoped.recipients)).toEqual([id('21'), id('22')]);
    expect(ids(scoped.processors)).toEqual([id('61'), id('62'), id('63'), id('65'), id('66')]);
    expect(ids(scoped.transfers)).toEqual([id('71')]);
    expect(ids(scoped.dataCategories)).toEqual([id('41'), id('42')]);
    expect(ids(scoped.subjectCategories)).toEqual([id('51')]);
    expect(ids(scoped.securityMeasures)).toEqual([id('81'), id('82')]);
    expect(ids(scoped.legalReferences)).toEqual([id('31'), id('32'), id('33')]);
  });

  it('keeps the controller, its DPOs, unattached DPOs, the authority and linked organisations', () => {
    const scoped = scopeToController(groupRegister(), ORG.A);
    // B is kept as the processor of c2 (it acts for A), but none of B's own activities, DPO or representative.
    expect(ids(scoped.organisations)).toEqual([
      ORG.A,
      ORG.B,
      ORG.J,
      ORG.X,
      ORG.dpoA,
      ORG.dpoGroup,
      ORG.dpoAC,
      ORG.authority,
    ]);
    const dpoAC = scoped.organisations.find((o) => o.id === ORG.dpoAC);
    expect(dpoAC?.servesOrganisationIds).toEqual([ORG.A]);
  });

  it('drops a replacement link to another controller’s activity and keeps one inside the scope', () => {
    const scoped = scopeToController(groupRegister(), ORG.A);
    const byId = new Map(scoped.activities.map((a) => [a.id, a]));
    expect(byId.get(id('a2'))).not.toHaveProperty('replacedByActivityId');
    expect(byId.get(id('a4'))?.replacedByActivityId).toBe(id('a1'));
  });

  it('leaves no dangling links, stays schema-valid, keeps meta and does not change its input', () => {
    const register = groupRegister();
    const before = fingerprint(register);
    expect(danglingLinks(register)).toEqual([]);
    for (const org of register.organisations) {
      const scoped = scopeToController(register, org.id);
      expect(danglingLinks(scoped)).toEqual([]);
      expect(registerSchema.parse(scoped)).toEqual(scoped);
      expect(scoped.meta).toEqual(register.meta);
    }
    expect(fingerprint(register)).toBe(before);
  });

  it('scopes the other way round too', () => {
    const scoped = scopeToController(groupRegister(), ORG.B);
    expect(ids(scoped.activities)).toEqual([id('b1'), id('b2')]);
    expect(ids(scoped.processorActivities)).toEqual([id('c2'), id('c3')]);
    expect(ids(scoped.organisations)).toEqual([ORG.A, ORG.B, ORG.X, ORG.dpoGroup, ORG.dpoB, ORG.repB, ORG.authority]);
    expect(ids(scoped.legalReferences)).toEqual([id('34')]);
  });

  it('refuses an id that is no organisation of the register', () => {
    expect(() => scopeToController(groupRegister(), id('999'))).toThrow(UnknownOrganisationError);
    expect(() => scopeToController(groupRegister(), id('a1'))).toThrow(UnknownOrganisationError);
  });

  it('for any consistent register: no dangling links, exactly the controller’s activities, idempotent', () => {
    fc.assert(
      fc.property(registerArb(), fc.nat(), (register, choice) => {
        fc.pre(register.organisations.length > 0 && danglingLinks(register).length === 0);
        const org = register.organisations[choice % register.organisations.length] as { id: string };
        const scoped = scopeToController(register, org.id);
        expect(danglingLinks(scoped)).toEqual([]);
        expect(ids(scoped.activities)).toEqual(
          ids(register.activities.filter((a) => a.controllers.some((c) => c.organisationId === org.id))),
        );
        expect(fingerprint(scopeToController(scoped, org.id))).toBe(fingerprint(scoped));
      }),
      { numRuns: 100 },
    );
  });
});
