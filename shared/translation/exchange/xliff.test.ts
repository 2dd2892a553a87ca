/**
 * The XLIFF exchange with translators, end to end: the document written for a language, filled in outside the app
 * (by editing its text, as a translator's tool or a text editor would), and planned back in: applied, stale,
 * unknown and unchanged texts, refusals of files that are not ours, in another language or with a DOCTYPE.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerSchema, type Register } from '../../model';
import { exchangeFixture as fixture, KEY, ORG, PAY, TAX } from '../../test/translationExchange';
import { sourceStamp } from '../sourceStamp';
import { translationState } from '../translationState';
import { translationTasks } from '../translationTasks';
import { TranslationFileError } from './errors';
import { planTranslationImport } from './planImport';
import { readTranslationXliff, writeTranslationXliff } from './xliff';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/** The document with the target of the unit named `key` replaced: what a translator does to the file. */
function fill(xliff: string, key: string, translation: string): string {
  const start = xliff.indexOf(`name="${key}"`);
  expect(start, key).toBeGreaterThan(0);
  const open = xliff.indexOf('<target xml:space="preserve">', start) + '<target xml:space="preserve">'.length;
  const close = xliff.indexOf('</target>', open);
  return xliff.slice(0, open) + escapeXml(translation) + xliff.slice(close);
}

/** Marks the segment of the unit named `key` as translated, as a tool does when the translator confirms it. */
function confirm(xliff: string, key: string): string {
  const start = xliff.indexOf(`name="${key}"`);
  const at = xliff.indexOf('state="initial"', start);
  return xliff.slice(0, at) + 'state="translated"' + xliff.slice(at + 'state="initial"'.length);
}

async function refusal(promise: Promise<unknown>): Promise<TranslationFileError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TranslationFileError);
  return error as TranslationFileError;
}

describe('the XLIFF document for translators', () => {
  it('holds one unit per task, with the key, the stamp, the notes and the outdated translation as target', () => {
    const register = fixture();
    const xliff = writeTranslationXliff(register, 'fr', { ui: 'en' });
    expect(xliff).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="fr"');
    const file = readTranslationXliff(xliff);
    const tasks = translationTasks(register, 'fr');
    expect(file.marked).toBe(true);
    expect(file.entries.map((e) => e.key)).toEqual(tasks.map((t) => t.key));
    expect(file.entries.map((e) => e.stamp)).toEqual(tasks.map((t) => t.stamp));
    expect(file.entries.map((e) => e.source)).toEqual(tasks.map((t) => t.source));
    // The current French name of the organisation is not a task.
    expect(file.entries.some((e) => e.key === `organisations/${ORG}/name`)).toBe(false);
    const pay = file.entries.find((e) => e.key === KEY.pay);
    expect(pay).toMatchObject({
      target: 'Payer les salaires (ancien)',
      reviewed: false,
      record: 'Processing activity: Loonadministratie',
      field: 'Purposes 1',
    });
    // Markup characters, quotes and line breaks come back exactly.
    expect(file.entries.find((e) => e.key === KEY.description)?.source).toBe(
      'Lonen berekenen\nen uitbetalen <maandelijks> & "correct"',
    );
    expect(xliff).toContain('<note category="location">Processing activity: Loonadministratie</note>');
  });

  it('writes notes in the interface language', () => {
    const xliff = writeTranslationXliff(fixture(), 'de', { ui: 'fr' });
    expect(xliff).toContain('<note category="location">Activité de traitement : Loonadministratie</note>');
    expect(xliff).toContain('langue source : néerlandais ; langue cible : allemand');
  });

  it('is still a valid document when there is nothing to translate, and imports as nothing', async () => {
    const register = fixture();
    const xliff = writeTranslationXliff(register, 'nl');
    expect(xliff).toContain('<unit id="none">');
    expect(readTranslationXliff(xliff).entries).toEqual([]);
  });
});

describe('importing a translated XLIFF document', () => {
  it('applies the filled targets, stamped as made from the current text (edited outside the app)', async () => {
    const register = fixture();
    let xliff = writeTranslationXliff(register, 'fr');
    xliff = fill(xliff, KEY.name, 'Gestion des salaires');
    xliff = fill(xliff, KEY.description, 'Calculer les salaires\net les payer <chaque mois> & "juste"');
    xliff = fill(xliff, KEY.tax, '=Retenir l’impôt');
    xliff = fill(xliff, KEY.pay, 'Payer les salaires');
    const plan = await planTranslationImport(register, xliff, { lang: 'fr' });
    expect(plan.format).toBe('xliff');
    expect(plan.lang).toBe('fr');
    expect(plan.applied.map((r) => r.key).sort()).toEqual([KEY.name, KEY.description, KEY.pay, KEY.tax].sort());
    expect(plan.stale).toEqual([]);
    expect(plan.unknown).toEqual([]);
    expect(plan.problems).toEqual([]);
    expect(plan.applied.find((r) => r.key === KEY.pay)?.previous).toBe('Payer les salaires (ancien)');

    const activity = plan.register.activities[0];
    expect(activity?.i18n?.fr?.name).toBe('Gestion des salaires');
    expect(activity?.i18n?.fr?.description).toBe('Calculer les salaires\net les payer <chaque mois> & "juste"');
    expect(activity?.i18nSource?.fr?.name).toBe(sourceStamp('Loonadministratie'));
    const pay = activity?.purposes.find((p) => p.id === PAY);
    expect(pay?.i18n?.fr?.description).toBe('Payer les salaires');
    expect(pay && translationState(pay, 'description', 'fr', 'nl')).toBe('current');
    expect(activity?.purposes.find((p) => p.id === TAX)?.i18n?.fr?.description).toBe('=Retenir l’impôt');
    const left = translationTasks(plan.register, 'fr').map((t) => t.key);
    expect(left).not.toContain(KEY.name);
    expect(left).not.toContain(KEY.pay);
    // Untranslated texts are unchanged; the register given is not touched.
    expect(plan.unchanged.map((r) => r.reason)).toEqual(plan.unchanged.map(() => 'empty'));
    expect(register.activities[0]?.i18n).toBeUndefined();
    expect(registerSchema.safeParse(plan.register).success).toBe(true);
  });

  it('refuses a text whose main text changed since the file was made, and names it', async () => {
    const register = fixture();
    let xliff = writeTranslationXliff(register, 'fr', { ui: 'nl' });
    xliff = fill(xliff, KEY.name, 'Gestion des salaires');
    xliff = fill(xliff, KEY.description, 'Calculer les salaires');
    const changed: Register = {
      ...register,
      activities: register.activities.map((a) => ({ ...a, name: 'Loon- en personeelsadministratie' })),
    };
    const plan = await planTranslationImport(changed, xliff, { lang: 'fr', ui: 'nl' });
    expect(plan.stale).toHaveLength(1);
    expect(plan.stale[0]).toMatchObject({
      key: KEY.name,
      record: 'Verwerkingsactiviteit: Loon- en personeelsadministratie',
      field: 'Naam',
      source: 'Loonadministratie',
      currentSource: 'Loon- en personeelsadministratie',
      translation: 'Gestion des salaires',
      reason: 'sourceChanged',
      reasonText: 'de tekst in de hoofdtaal is gewijzigd sinds het bestand gemaakt is',
    });
    expect(plan.applied.map((r) => r.key)).toEqual([KEY.description]);
    expect(plan.register.activities[0]?.i18n?.fr?.name).toBeUndefined();
    expect(translationTasks(plan.register, 'fr').map((t) => t.key)).toContain(KEY.name);
  });

  it('lists texts whose record, item or main text is gone as unknown', async () => {
    const register = fixture();
    let xliff = writeTranslationXliff(register, 'fr');
    xliff = fill(xliff, KEY.tax, 'Retenir l’impôt');
    xliff = fill(xliff, KEY.description, 'Calculer les salaires');
    xliff = fill(xliff, KEY.title, 'Registre');
    xliff = xliff.replace(`name="${KEY.title}"`, 'name="nothing/we/know"');
    const changed: Register = {
      ...register,
      activities: register.activities.map((a) => ({
        ...a,
        description: '',
        purposes: a.purposes.filter((p) => p.id !== TAX),
      })),
    };
    const plan = await planTranslationImport(changed, xliff);
    const reasons = Object.fromEntries(plan.unknown.map((r) => [r.key, r.reason]));
    expect(reasons).toEqual({ [KEY.tax]: 'recordGone', [KEY.description]: 'textGone', 'nothing/we/know': 'badKey' });
    expect(plan.unknown.find((r) => r.key === KEY.tax)?.record).toBe('Processing activity: Loonadministratie');
    expect(plan.applied).toEqual([]);
    expect(plan.register).toBe(changed);
  });

  it('takes a copy of the source as a translation only when the tool marked it as translated', async () => {
    const register = fixture();
    const xliff = writeTranslationXliff(register, 'fr');
    const source = translationTasks(register, 'fr').find((t) => t.key === KEY.name)?.source ?? '';
    expect(source).not.toBe('');
    const copied = fill(xliff, KEY.name, source);
    const plan = await planTranslationImport(register, copied);
    expect(plan.applied.map((r) => r.key)).not.toContain(KEY.name);
    expect(plan.unchanged.find((r) => r.key === KEY.name)?.reason).toBe('copiedSource');
    // The same name in both languages, confirmed by the translator: a translation.
    const kept = await planTranslationImport(register, confirm(copied, KEY.name));
    expect(kept.applied.map((r) => r.key)).toContain(KEY.name);
  });

  it('takes an outdated translation sent back unchanged only when the tool marked it as translated', async () => {
    const register = fixture();
    const xliff = writeTranslationXliff(register, 'fr');
    const untouched = await planTranslationImport(register, xliff);
    expect(untouched.applied).toEqual([]);
    expect(untouched.unchanged.find((r) => r.key === KEY.pay)?.reason).toBe('unreviewed');

    const confirmed = await planTranslationImport(register, confirm(xliff, KEY.pay));
    expect(confirmed.applied.map((r) => r.key)).toEqual([KEY.pay]);
    const pay = confirmed.register.activities[0]?.purposes.find((p) => p.id === PAY);
    expect(pay && translationState(pay, 'description', 'fr', 'nl')).toBe('current');

    // Imported twice: the second time, nothing is new.
    const again = await planTranslationImport(confirmed.register, confirm(xliff, KEY.pay));
    expect(again.applied).toEqual([]);
    expect(again.unchanged.find((r) => r.key === KEY.pay)?.reason).toBe('same');
  });

  it('reads what translation tools write: segments split, CDATA, annotations, a BOM, UTF-16, a regional language', async () => {
    const register = fixture();
    let xliff = writeTranslationXliff(register, 'fr');
    const start = xliff.indexOf(`name="${KEY.name}"`);
    const segmentStart = xliff.indexOf('<segment', start);
    const segmentEnd = xliff.indexOf('</segment>', start) + '</segment>'.length;
    xliff =
      xliff.slice(0, segmentStart) +
      '<segment state="translated"><source>Loon</source><target><![CDATA[Gestion <des>]]></target></segment>' +
      '<ignorable><source> </source></ignorable>' +
      '<segment state="final"><source>administratie</source><target><mrk id="m1" type="term">salaires</mrk></target></segment>' +
      xliff.slice(segmentEnd);
    xliff = xliff.replace('trgLang="fr"', 'trgLang="fr-BE"');
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...xliff].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const plan = await planTranslationImport(register, bytes, { lang: 'fr' });
    expect(plan.applied.map((r) => r.translation)).toEqual(['Gestion <des> salaires']);
    const withBom = await planTranslationImport(register, `\ufeff${xliff}`);
    expect(withBom.applied).toHaveLength(1);
  });

  it('reports texts it cannot take: inline codes, half-translated units, duplicates, missing stamps, unsafe characters', async () => {
    const register = fixture();
    let xliff = writeTranslationXliff(register, 'fr');
    xliff = fill(xliff, KEY.name, 'Gestion');
    xliff = xliff.replace('>Gestion</target>', '>Gestion <ph id="1"/></target>');
    xliff = fill(xliff, KEY.description, 'Calculer &#0; les salaires');
    xliff = xliff.replace('Calculer &amp;#0; les', 'Calculer &#0; les');
    xliff = fill(xliff, KEY.tax, 'Impôt');
    const taxUnit = xliff.indexOf(`name="${KEY.tax}"`);
    const stampAt = xliff.indexOf('<note category="ropa-source-stamp">', taxUnit);
    xliff = xliff.slice(0, stampAt) + xliff.slice(xliff.indexOf('</note>', stampAt) + '</note>'.length);
    // The title's unit twice, the second time with another translation; the organisation name half translated.
    xliff = fill(xliff, KEY.title, 'Registre');
    const titleStart = xliff.lastIndexOf('<unit', xliff.indexOf(`name="${KEY.title}"`));
    const titleEnd = xliff.indexOf('</unit>', titleStart) + '</unit>'.length;
    const copy = xliff
      .slice(titleStart, titleEnd)
      .replace('>Registre<', '>Autre<')
      .replace(/id="u\d+"/, 'id="u99"');
    xliff = xliff.slice(0, titleEnd) + copy + xliff.slice(titleEnd);
    const orgStart = xliff.indexOf(`name="${KEY.organisation}"`);
    const orgSegment = xliff.indexOf('<segment', orgStart);
    xliff =
      xliff.slice(0, orgSegment) +
      '<segment state="translated"><source>Zieken</source><target>Mutualité</target></segment>' +
      '<segment><source>fonds</source><target></target></segment>' +
      xliff.slice(xliff.indexOf('</segment>', orgStart) + '</segment>'.length);
    const plan = await planTranslationImport(register, xliff);
    const problems = plan.problems.map((p) => [p.key, p.at, p.applied, p.reason]);
    expect(problems).toEqual([
      [KEY.title, 'unit u99', false, 'the same text appears earlier in the file; this one is ignored'],
      [KEY.organisation, expect.any(String), false, expect.stringContaining('only part of the text is translated')],
      [KEY.name, expect.any(String), false, expect.stringContaining('inline codes (<ph>)')],
      [KEY.description, expect.any(String), true, expect.stringContaining('NUL')],
      [KEY.tax, expect.any(String), false, expect.stringContaining('no source stamp')],
    ]);
    expect(plan.register.meta.i18n?.fr?.title).toBe('Registre');
    expect(plan.applied.map((r) => [r.key, r.translation])).toEqual([
      [KEY.title, 'Registre'],
      [KEY.description, 'Calculer  les salaires'],
    ]);
  });

  it('refuses the whole file when it is in another language, not ours, not XLIFF 2, or malformed', async () => {
    const register = fixture();
    const xliff = writeTranslationXliff(register, 'fr');
    const wrong = await refusal(planTranslationImport(register, xliff, { lang: 'de', ui: 'de' }));
    expect(wrong.key).toBe('wrongLanguage');
    expect(wrong.localized('de')).toBe(
      'Die Zielsprache der Datei ist Französisch, nicht Deutsch. Importieren Sie sie bei den Texten auf Französisch.',
    );
    expect(wrong.localized('fr')).toContain('traduit en français, pas en allemand');
    expect((await refusal(planTranslationImport(register, xliff.replace('trgLang="fr"', 'trgLang="nl"')))).key).toBe(
      'sameAsMain',
    );
    expect((await refusal(planTranslationImport(register, xliff.replace('trgLang="fr"', 'trgLang="es"')))).key).toBe(
      'badLanguage',
    );
    expect((await refusal(planTranslationImport(register, xliff.replace('srcLang="nl"', 'srcLang="en"')))).key).toBe(
      'sourceLanguage',
    );
    const foreign =
      '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="fr">' +
      '<file id="f"><unit id="u1"><segment><source>Hallo</source><target>Bonjour</target></segment></unit></file></xliff>';
    expect((await refusal(planTranslationImport(register, foreign))).key).toBe('notOurs');
    const v12 = '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>';
    expect((await refusal(planTranslationImport(register, v12))).params).toEqual({ version: '1.2' });
    expect((await refusal(planTranslationImport(register, '<html><body/></html>'))).key).toBe('notXliff');
    const cut = await refusal(planTranslationImport(register, xliff.slice(0, xliff.length / 2)));
    expect(cut.key).toBe('notXml');
    expect((await refusal(planTranslationImport(register, 'key;translation\nx;y'))).key).toBe('unknownFormat');
    expect((await refusal(planTranslationImport(register, new Uint8Array([0xc3, 0x28, 0x3c])))).key).toBe('notUtf8');
    expect((await refusal(planTranslationImport(register, ''))).key).toBe('emptyFile');
    const large = await refusal(planTranslationImport(register, xliff, { maxBytes: 100 }));
    expect(large.key).toBe('tooLarge');
  });

  it('refuses a document with a DOCTYPE before reading it: no entity is declared, expanded or fetched', async () => {
    const register = fixture();
    const xliff = fill(writeTranslationXliff(register, 'fr'), KEY.name, 'x');
    const attacks = [
      // An external entity that would read a local file into a translation.
      xliff
        .replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<xliff ')
        .replace('>x<', '>&secret;<'),
      // "Billion laughs": entities that expand exponentially.
      xliff
        .replace(
          '<xliff ',
          '<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<xliff ',
        )
        .replace('>x<', '>&c;<'),
      // An external DTD, after a comment.
      xliff.replace('<xliff ', '<!-- hi --><!DOCTYPE xliff SYSTEM "http://example.org/x.dtd">\n<xliff '),
    ];
    for (const attack of attacks) {
      const error = await refusal(planTranslationImport(register, attack));
      expect(error.key).toBe('doctype');
      expect(error.localized('nl')).toContain('<!DOCTYPE …>');
    }
    // An entity reference without a declaration is not expanded either: it stays the text it is, for the preview.
    const undeclared = await planTranslationImport(register, xliff.replace('>x<', '>&secret;<'));
    expect(undeclared.applied.map((r) => r.translation)).toEqual(['&secret;']);
  });

  it('property: any subset of the tasks, filled with any text, is applied exactly and leaves the tasks list', async () => {
    const register = fixture();
    const xliff = writeTranslationXliff(register, 'fr');
    const tasks = translationTasks(register, 'fr');
    // Text an XML document can hold (XML 1.0 has no form at all for most control characters), not blank.
    const xmlText = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold
      .map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''))
      .filter((s) => s.trim() !== '');
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fc.nat({ max: tasks.length - 1 }), xmlText), { selector: ([i]) => i, minLength: 1 }),
        async (choices) => {
          let filled = xliff;
          for (const [i, text] of choices) filled = fill(filled, tasks[i]?.key ?? '', text);
          // Targets equal to the outdated translation count as revised: the tool marks them translated.
          for (const [i] of choices) filled = confirm(filled, tasks[i]?.key ?? '');
          const plan = await planTranslationImport(register, filled, { lang: 'fr' });
          expect(plan.applied.map((r) => r.key).sort()).toEqual(choices.map(([i]) => tasks[i]?.key).sort());
          const left = new Set(translationTasks(plan.register, 'fr').map((t) => t.key));
          for (const [i, text] of choices) {
            const key = tasks[i]?.key ?? '';
            expect(left.has(key)).toBe(false);
            expect(plan.applied.find((r) => r.key === key)?.translation).toBe(text);
          }
          expect(left.size).toBe(tasks.length - choices.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
