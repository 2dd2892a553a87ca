// What changed in a notice between two versions of the register: one structured item per change, with a sentence.
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../i18n/formatDate';
import { ORG, REC, TRF } from '../sample/sampleIds';
import { sampleRegister } from '../sample/sampleRegister';
import { noticeChanges } from './noticeChanges';

const options = { controllerIds: [ORG.lcm], lang: 'nl' } as const;

function byReference(register: ReturnType<typeof sampleRegister>, reference: string) {
  const activity = register.activities.find((a) => a.reference === reference);
  if (!activity) throw new Error(`no ${reference}`);
  return activity;
}

describe('noticeChanges', () => {
  it('finds nothing between identical registers', () => {
    expect(noticeChanges(sampleRegister(), sampleRegister(), options)).toEqual([]);
    expect(noticeChanges(sampleRegister(), sampleRegister(), { controllerIds: [ORG.rmob], lang: 'en' })).toEqual([]);
  });

  it('finds nothing when only internal fields or other controllers’ activities change', () => {
    const after = sampleRegister();
    byReference(after, 'CM-001').notes = 'Gesprek met de dienst gepland.';
    byReference(after, 'CM-001').owner = 'Dienst Leden';
    byReference(after, 'BXL-002').purposes.pop();
    expect(noticeChanges(sampleRegister(), after, options)).toEqual([]);
  });

  it('finds an added recipient, once, however many activities name it', () => {
    const after = sampleRegister();
    byReference(after, 'CM-017').recipientIds.push(REC.heirsNotaries);
    byReference(after, 'CM-018').recipientIds.push(REC.heirsNotaries);
    const changes = noticeChanges(sampleRegister(), after, options);
    expect(changes).toEqual([
      {
        kind: 'recipientAdded',
        recordKind: 'recipients',
        recordId: REC.heirsNotaries,
        sentence: 'Nieuwe ontvanger: Erfgenamen en notarissen',
      },
    ]);
  });

  it('finds a changed retention period, naming the activity and the purpose, in the notice’s language', () => {
    const after = sampleRegister();
    const activity = byReference(after, 'CM-017');
    const rule = activity.retention.find((r) => r.period === 'P18M');
    if (!rule) throw new Error('no 18-month rule');
    rule.period = 'P12M';
    const changes = noticeChanges(sampleRegister(), after, { ...options, lang: 'en' });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'retentionChanged',
      recordKind: 'activities',
      recordId: activity.id,
      itemId: rule.purposeIds[0],
      // The period with what starts it, as the notice's retention table says it.
      before: `${formatDuration('P18M', 'en')}, counted from: Date of the conversation`,
      after: `${formatDuration('P12M', 'en')}, counted from: Date of the conversation`,
    });
    expect(changes[0]?.sentence).toBe(
      'Retention changed (Recording of telephone calls, Evidence in disputes and handling complaints): 18 months, counted from: Date of the conversation becomes 12 months, counted from: Date of the conversation',
    );
  });

  it('finds a removed purpose (and not also its retention)', () => {
    const after = sampleRegister();
    const activity = byReference(after, 'CM-015');
    const removed = activity.purposes.pop();
    if (!removed) throw new Error('no purpose');
    for (const rule of activity.retention) rule.purposeIds = rule.purposeIds.filter((id) => id !== removed.id);
    const changes = noticeChanges(sampleRegister(), after, options);
    expect(changes).toEqual([
      {
        kind: 'purposeRemoved',
        recordKind: 'activities',
        recordId: activity.id,
        itemId: removed.id,
        sentence: `Doeleinde niet langer nagestreefd (${activity.name}): ${removed.description}`,
      },
    ]);
  });

  it('prefers the public wording, and reports a change of it as a reworded purpose', () => {
    const after = sampleRegister();
    const purpose = byReference(after, 'CM-015').purposes[0];
    if (!purpose) throw new Error('no purpose');
    purpose.publicDescription = 'We laten je weten welke voordelen CM biedt.';
    const [change] = noticeChanges(sampleRegister(), after, options);
    expect(change).toMatchObject({
      kind: 'purposeChanged',
      before: purpose.description,
      after: purpose.publicDescription,
    });
  });

  it('finds a new legal ground, a new transfer and a changed transfer condition', () => {
    const after = sampleRegister();
    byReference(after, 'CM-017').legalBases.push({
      id: '00000000-0000-4000-8000-0000002199a1',
      ground: 'art6-1-a',
      legalReferenceIds: [],
    });
    byReference(after, 'CM-017').transferIds.push(TRF.bxlPreContract);
    const consent = after.transfers.find((t) => t.id === TRF.cmConsent);
    if (!consent) throw new Error('no consent transfer');
    consent.mechanism = 'art49-1-b';
    const kinds = noticeChanges(sampleRegister(), after, options).map((c) => c.kind);
    expect(kinds.sort()).toEqual(['legalBasisAdded', 'transferAdded', 'transferChanged']);
  });

  it('tells a new activity as one item with its purposes, not ground by ground', () => {
    const before = sampleRegister();
    const after = sampleRegister();
    before.activities = before.activities.filter((a) => a.reference !== 'CM-017');
    const kinds = noticeChanges(before, after, options).map((c) => c.kind);
    expect(kinds).toContain('activityAdded');
    expect(kinds.filter((k) => k === 'purposeAdded')).toHaveLength(2);
    expect(kinds).not.toContain('legalBasisAdded');
    expect(kinds).not.toContain('retentionChanged');
  });

  it('finds a rewritten fixed paragraph, naming its section and the metadata field', () => {
    const after = sampleRegister();
    after.meta.noticeRights = 'Je hebt rechten.\n\n- Recht van inzage: vraag ons wat we van je weten.';
    expect(noticeChanges(sampleRegister(), after, options)).toEqual([
      {
        kind: 'textChanged',
        recordKind: 'meta',
        recordId: '',
        field: 'noticeRights',
        sentence: 'Tekst van de verklaring gewijzigd: Wat zijn jouw rechten?',
      },
    ]);
    // Not translated, the English notice keeps its default text: nothing changed there.
    expect(noticeChanges(sampleRegister(), after, { ...options, lang: 'en' })).toEqual([]);
  });
});
