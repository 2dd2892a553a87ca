// buildNotice: which activities, which words (public wording first), the grouping, and the problems it reports.
import { describe, expect, it } from 'vitest';
import { enumLabel } from '../catalogue/enumLabels';
import { fingerprint } from '../register/canonical';
import { ORG, PA, REC } from '../sample/sampleIds';
import { sampleRegister } from '../sample/sampleRegister';
import { buildNotice } from './buildNotice';
import { NOTICE_SECTIONS, type NoticeDocument } from './noticeDocument';
import { UnknownNoticeControllerError } from './noticeFacts';
import { noticeFileName } from './noticeFileName';
import { noticeText } from './noticeText';

const DATE = '2026-12-03';
const lcm = (register = sampleRegister(), lang: 'nl' | 'en' | 'fr' | 'de' = 'nl'): NoticeDocument =>
  buildNotice(register, { controllerIds: [ORG.lcm], lang, date: DATE });
const byReference = (register: ReturnType<typeof sampleRegister>, reference: string) => {
  const activity = register.activities.find((a) => a.reference === reference);
  if (!activity) throw new Error(reference);
  return activity;
};

describe('buildNotice', () => {
  it('has every section, in order, with a heading in the notice’s language', () => {
    const doc = lcm();
    expect(doc.sections.map((s) => s.id)).toEqual([...NOTICE_SECTIONS]);
    expect(doc.title).toBe('Privacyverklaring van Landsbond der Christelijke Mutualiteiten (LCM)');
    expect(doc.dateText).toBe('3 december 2026');
    expect(lcm(undefined, 'de').sections[0]?.heading).toBe('Einleitung');
  });

  it('takes the activities of the controller (also as joint controller), not retired ones, not other controllers’', () => {
    const register = sampleRegister();
    byReference(register, 'CM-020').status = 'retired';
    const text = noticeText(lcm(register));
    expect(text).toContain('Aansluiting en verzekerbaarheid');
    expect(text).not.toContain('Selectie en aanwerving van nieuwe medewerkers');
    // MOB Verzekeringen CM-Vlaanderen's optional insurance, and RMOB CM Brussels' own activities, are not the LCM's.
    expect(text).not.toContain('CM-Mediko Plan');
    expect(text).not.toContain('Brusselse sociale bescherming');
    // A processor activity (Art. 30(2)) belongs in the other controller's notice.
    const agent = register.processorActivities.find((p) => p.id === PA.agentMob);
    expect(agent).toBeDefined();
    expect(text).not.toContain(agent?.name ?? '?');
  });

  it('lists a draft activity, and asks the DPO to check it', () => {
    const register = sampleRegister();
    const draft = byReference(register, 'CM-015');
    draft.status = 'draft';
    const doc = lcm(register);
    expect(noticeText(doc)).toContain('Werving van nieuwe leden');
    expect(doc.missing).toContainEqual(expect.objectContaining({ code: 'draft', recordId: draft.id, field: 'status' }));
  });

  it('prefers a purpose’s public wording, and reports each purpose without one with its field path', () => {
    const register = sampleRegister();
    const activity = byReference(register, 'CM-017');
    const [first, second] = activity.purposes;
    if (!first || !second) throw new Error('purposes');
    first.publicDescription = 'We beluisteren sommige gesprekken om onze medewerkers beter te leren helpen.';
    const doc = lcm(register);
    const text = noticeText(doc);
    expect(text).toContain(first.publicDescription);
    const wording = doc.missing.filter((p) => p.code === 'purposeWording' && p.recordId === activity.id);
    expect(wording).toEqual([
      expect.objectContaining({
        kind: 'activities',
        field: 'purposes',
        path: 'purposes.publicDescription',
        itemId: second.id,
        message: 'het doeleinde heeft geen publieke formulering; de verklaring toont de formulering van het register',
      }),
    ]);
  });

  it('shows a public summary under its activity', () => {
    const register = sampleRegister();
    byReference(register, 'CM-019').publicSummary = 'Camera’s beschermen onze bezoekers en medewerkers.';
    expect(noticeText(lcm(register))).toMatch(
      /- Camerabewaking in en rond de gebouwen van CM\n {2}Camera’s beschermen/,
    );
  });

  it('groups purposes by business process, and recipients by kind with the catalogue’s labels', () => {
    const doc = lcm();
    const purposes = doc.sections.find((s) => s.id === 'purposes');
    const contexts = purposes?.subsections.map((s) => s.heading.map((r) => r.text).join(''));
    expect(contexts?.[0]).toBe('Verplichte verzekering');
    expect(contexts).toEqual(expect.arrayContaining(['Aanvullende verzekering', 'Contact met leden', 'Beveiliging']));
    expect(new Set(contexts).size).toBe(contexts?.length);
    const recipients = doc.sections.find((s) => s.id === 'recipients');
    expect(recipients?.subsections.map((s) => s.heading[0]?.text)).toContain(
      enumLabel('recipientCategory', 'social-security-institution', 'nl'),
    );
  });

  it('names special categories and the national register number as such', () => {
    const data = lcm().sections.find((s) => s.id === 'dataCategories');
    const headings = data?.subsections.map((s) => s.heading[0]?.text);
    expect(headings).toEqual([
      enumLabel('dataCategoryKind', 'ordinary', 'nl'),
      enumLabel('dataCategoryKind', 'special', 'nl'),
      enumLabel('dataCategoryKind', 'criminal', 'nl'),
      enumLabel('dataCategoryKind', 'national-id', 'nl'),
    ]);
  });

  it('separates what comes from the data subject (Art. 13) from what comes from elsewhere (Art. 14)', () => {
    const sources = lcm().sections.find((s) => s.id === 'sources');
    expect(sources?.subsections.map((s) => s.id)).toEqual(['sources-data-subject', 'sources-others']);
    const text = noticeText(lcm());
    expect(text).toMatch(/Van jezelf \(art\. 13 AVG\)\n\n- De betrokkene zelf/);
  });

  it('reports a recipient of kind "other", and no DPO or authority when the register names none', () => {
    const register = sampleRegister();
    register.organisations = register.organisations.filter(
      (o) => o.kind !== 'dpo' && o.kind !== 'supervisory-authority',
    );
    const codes = lcm(register).missing.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['noDpo', 'noAuthority', 'recipientKind']));
    const recipient = lcm(register).missing.find((p) => p.code === 'recipientKind' && p.recordId === REC.universities);
    expect(recipient).toMatchObject({ kind: 'recipients', field: 'category', path: 'category' });
  });

  it('names the DPO and the authority with their addresses, and the DPO’s mailbox as the contact', () => {
    const text = noticeText(lcm());
    expect(text).toContain('Gegevensbeschermingsautoriteit (GBA)\nDrukpersstraat 35\n1000 Brussel\nBelgië');
    expect(text).toContain('Functionaris voor gegevensbescherming CM');
    expect(text).toContain('neem dan contact met ons op via privacy@cm.be');
    expect(lcm().missing.map((p) => p.code)).not.toContain('noDpo');
  });

  it('says so when no data leave the EEA, and when no decision is automated', () => {
    const register = sampleRegister();
    for (const activity of register.activities) {
      activity.transferIds = [];
      delete activity.automatedDecision;
    }
    const text = noticeText(lcm(register, 'en'));
    expect(text).toContain('We do not transfer your personal data outside the European Economic Area.');
    expect(text).toContain('We do not take decisions about you based solely on automated processing');
  });

  it('marks texts that fall back to the main language, and notes each with its field', () => {
    const doc = lcm(undefined, 'en');
    expect(doc.hasFallbacks).toBe(true);
    expect(doc.missing).toContainEqual(
      expect.objectContaining({
        code: 'notTranslated',
        kind: 'recipients',
        recordId: REC.mobVerzekeringen,
        path: 'name',
      }),
    );
    const nl = lcm();
    expect(nl.hasFallbacks).toBe(false);
    expect(nl.missing.map((p) => p.code)).not.toContain('notTranslated');
  });

  it('makes one notice for a group of controllers', () => {
    const doc = buildNotice(sampleRegister(), { controllerIds: [ORG.lcm, ORG.rmob], lang: 'en', date: DATE });
    expect(doc.controllers.map((c) => c.id)).toEqual([ORG.lcm, ORG.rmob]);
    const text = noticeText(doc);
    expect(text).toContain('Disclosure to heirs or notaries after a death');
    expect(text).toContain('Training and coaching employees');
  });

  it('refuses a controller id the register does not hold', () => {
    expect(() =>
      buildNotice(sampleRegister(), { controllerIds: [ORG.lcm.replace(/.$/, 'f')], lang: 'nl', date: DATE }),
    ).toThrow(UnknownNoticeControllerError);
  });

  it('prints the fingerprint of the whole register, or the one the caller already has', () => {
    const register = sampleRegister();
    expect(lcm(register).fingerprint).toBe(fingerprint(register));
    const given = 'f'.repeat(64);
    expect(
      buildNotice(register, { controllerIds: [ORG.lcm], lang: 'nl', date: DATE, fingerprint: given }).fingerprint,
    ).toBe(given);
  });

  it('gives each retention period with what it covers, the statutory criterion once for all the activities it serves', () => {
    const table = lcm()
      .sections.find((s) => s.id === 'retention')
      ?.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no retention table');
    const rows = table.rows.map((row) => row.map((cell) => cell.map((r) => r.text).join('')));
    const statutory = rows.filter((row) => row[2]?.startsWith('Zolang nodig voor de naleving'));
    expect(statutory).toHaveLength(1);
    expect(statutory[0]?.[0]).toContain('Aansluiting en verzekerbaarheid; Terugbetaling van gezondheidszorg');
    expect(statutory[0]?.[1]).toBe('alle doeleinden van deze verwerking');
    expect(rows).toContainEqual([
      'Opname van telefoongesprekken',
      'Bewijsvoering bij betwisting en behandeling van klachten (Geluidsopnamen)',
      '18 maanden, te rekenen vanaf: Datum van het gesprek',
    ]);
  });

  it('suggests a file name in the notice’s language, with the controllers and the date', () => {
    expect(noticeFileName(lcm(), 'html')).toBe(
      'privacyverklaring-landsbond-der-christelijke-mutualiteiten-lcm-2026-12-03.html',
    );
    const fr = buildNotice(sampleRegister(), { controllerIds: [ORG.rmob], lang: 'fr', date: DATE });
    expect(noticeFileName(fr, 'pdf')).toMatch(/^declaration-de-confidentialite-smr-mc-[a-z0-9-]+-2026-12-03\.pdf$/);
  });
});
