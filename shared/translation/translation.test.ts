/**
 * Translations that remember their source: the state rule, the stamping of edits, the legacy stamping of older data,
 * and what exports make of an outdated translation (the walk of issue 14, without the interface).
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportWorkbook } from '../excel/exportWorkbook';
import { planWorkbookImport } from '../excel/planImport';
import { localText } from '../i18n/localText';
import type { Activity } from '../model/activity';
import type { Register } from '../model/register';
import { pdfDefinition } from '../pdf/exportPdf';
import { readRegisterFile, writeRegisterFile } from '../register/registerFile';
import { sampleRegister } from '../sample/sampleRegister';
import { registerArb } from '../test/arbitraries';
import { validateRegister } from '../validation/validate';
import { stampLegacyTranslations, withoutSourceStamps } from './legacyStamps';
import { sourceStamp } from './sourceStamp';
import { confirmTranslation, stampHolder, stampRecord, stampRegister, withTranslation } from './stamping';
import { translationCounts, translationTasks } from './translationTasks';
import { translationState } from './translationState';

const OLD_EN = 'Identifying, contacting and advising members and managing their file';
const OLD_NL = 'Leden identificeren, contacteren, correct adviseren en hun dossier beheren';
const NEW_NL = 'Leden identificeren en contacteren, en hun dossier beheren (herzien in 2026)';
const exportedAt = new Date('2026-12-01T10:00:00Z');
const today = '2026-12-01';

function membership(register: Register): Activity {
  const found = register.activities.find((a) => a.name === 'Aansluiting en verzekerbaarheid');
  if (!found) throw new Error('the sample has no membership activity');
  return found;
}

/** The sample with the first purpose of the membership activity changed in Dutch, as the editor's save does. */
function editedInTheApp(): Register {
  const register = sampleRegister();
  const before = membership(register);
  const after = structuredClone(before);
  (after.purposes[0] as { description: string }).description = NEW_NL;
  const index = register.activities.indexOf(before);
  register.activities[index] = stampRecord('activities', before, after);
  return register;
}

/** The same change made by another tool: the Dutch text edited in the file, the translations and stamps left alone. */
function editedElsewhere(): Register {
  const text = writeRegisterFile(sampleRegister()).replace(
    '"Leden identificeren, contacteren, correct adviseren en hun dossier beheren"',
    JSON.stringify(NEW_NL),
  );
  return readRegisterFile(text).register;
}

describe('the state of a translation', () => {
  const holder = { purpose: 'Tekst', i18n: { fr: { purpose: 'Texte' }, en: { purpose: ' ' } } };
  it('is current when stamped with today’s text or not stamped at all, outdated when stamped with another', () => {
    expect(translationState(holder, 'purpose', 'fr', 'nl')).toBe('current');
    const stamped = { ...holder, i18nSource: { fr: { purpose: sourceStamp('Tekst') } } };
    expect(translationState(stamped, 'purpose', 'fr', 'nl')).toBe('current');
    expect(translationState({ ...stamped, purpose: 'Andere tekst' }, 'purpose', 'fr', 'nl')).toBe('outdated');
  });
  it('is missing for an empty translation, main for the main language or an empty main text', () => {
    expect(translationState(holder, 'purpose', 'en', 'nl')).toBe('missing');
    expect(translationState(holder, 'purpose', 'de', 'nl')).toBe('missing');
    expect(translationState(holder, 'purpose', 'nl', 'nl')).toBe('main');
    expect(translationState({ ...holder, purpose: '' }, 'purpose', 'fr', 'nl')).toBe('main');
  });
  it('does not change with white space or Unicode normalisation of the main text', () => {
    expect(sourceStamp('  Café\n')).toBe(sourceStamp('Cafe\u0301'));
    expect(sourceStamp('Café')).not.toBe(sourceStamp('Cafe'));
  });
  it('decides what exports show: an outdated translation falls back to the main text', () => {
    const stamped = { ...holder, purpose: 'Nieuwe tekst', i18nSource: { fr: { purpose: sourceStamp('Tekst') } } };
    expect(localText(stamped, 'purpose', 'fr', 'nl')).toEqual({
      text: 'Nieuwe tekst',
      fallback: true,
      state: 'outdated',
    });
    expect(localText(holder, 'purpose', 'fr', 'nl')).toEqual({ text: 'Texte', fallback: false, state: 'current' });
  });
});

describe('stamping an edit', () => {
  it('a main text changed in the app leaves every translation of it outdated, the others current', () => {
    const purpose = membership(editedInTheApp()).purposes[0] as Activity['purposes'][number];
    for (const lang of ['en', 'fr'] as const)
      expect(translationState(purpose, 'description', lang, 'nl')).toBe('outdated');
    const other = membership(editedInTheApp()).purposes[1] as Activity['purposes'][number];
    expect(translationState(other, 'description', 'en', 'nl')).toBe('current');
  });

  it('an unstamped translation becomes outdated when its main text changes, and stays unstamped otherwise', () => {
    const before = { id: 'x', purpose: 'Oud', i18n: { fr: { purpose: 'Ancien' } } };
    const changed = stampRecordLike(before, { ...before, purpose: 'Nieuw' });
    expect(translationState(changed, 'purpose', 'fr', 'nl')).toBe('outdated');
    expect(stampRecordLike(before, { ...before })).toEqual(before);
  });

  it('a translation edited in the same save is current; still correct makes an outdated one current', () => {
    const register = editedInTheApp();
    const purpose = membership(register).purposes[0] as Activity['purposes'][number];
    const translated = withTranslation(purpose, 'description', 'en', 'Identifying and contacting members');
    expect(translationState(translated, 'description', 'en', 'nl')).toBe('current');
    expect(translationState(translated, 'description', 'fr', 'nl')).toBe('outdated');
    const confirmed = confirmTranslation(translated, 'description', 'fr');
    expect(translationState(confirmed, 'description', 'fr', 'nl')).toBe('current');
    // An empty translation removes it and its stamp.
    const removed = withTranslation(confirmed, 'description', 'fr', '  ');
    expect(removed.i18n?.fr?.description).toBeUndefined();
    expect(removed.i18nSource?.fr?.description).toBeUndefined();
  });

  it('re-stamping an unchanged register changes nothing (any register, stamped, outdated or unstamped)', () => {
    fc.assert(
      fc.property(registerArb(), (register) => {
        expect(stampRegister(register, structuredClone(register))).toEqual(register);
      }),
      { numRuns: 30 },
    );
    expect(stampRegister(editedInTheApp(), editedInTheApp())).toEqual(editedInTheApp());
  });

  it('for any main text and translation edits, a translation is current exactly when it was (re)written or confirmed after the last change of its main text', () => {
    type Step = { kind: 'main' | 'translate' | 'confirm'; text: string };
    const step = fc.record({
      kind: fc.constantFrom('main', 'translate', 'confirm'),
      // A main-text edit that only adds white space changes nothing (stamps ignore it): edits here change the text.
      text: fc.string({ minLength: 1, maxLength: 6 }).filter((t) => t.trim() !== ''),
    }) as fc.Arbitrary<Step>;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
        let holder: {
          id: string;
          purpose: string;
          i18n?: Record<string, Record<string, string>>;
          i18nSource?: Record<string, Record<string, string>>;
        } = {
          id: 'x',
          purpose: 'Begin',
          i18n: { fr: { purpose: 'Début' } },
        };
        let expectedCurrent = true;
        for (const s of steps) {
          if (s.kind === 'main') {
            const next = { ...holder, purpose: `${holder.purpose}${s.text}` };
            holder = stampRecordLike(holder, next);
            expectedCurrent = false;
          } else if (s.kind === 'translate') {
            holder = stampRecordLike(holder, withTranslation(holder, 'purpose', 'fr', `T${s.text}`));
            expectedCurrent = true;
          } else {
            holder = stampRecordLike(holder, confirmTranslation(holder, 'purpose', 'fr'));
            expectedCurrent = true;
          }
        }
        expect(translationState(holder, 'purpose', 'fr', 'nl')).toBe(expectedCurrent ? 'current' : 'outdated');
      }),
    );
  });
});

/** What stampRecord applies to each holder, on a plain holder with one translatable field, `purpose`. */
function stampRecordLike<H extends object>(before: H, after: H): H {
  return stampHolder(before, after, ['purpose']);
}

describe('a workbook exported before the main text changed, imported after', () => {
  for (const layout of ['authority', 'complete'] as const) {
    it(`${layout} layout: the (now outdated) translation in its cells stays a translation and never becomes the main text`, async () => {
      const bytes = await exportWorkbook(sampleRegister(), { lang: 'en', layout, exportedAt, today });
      const changed = editedInTheApp();
      const plan = await planWorkbookImport(bytes, changed, { lang: 'en' });
      const purpose = membership(plan.register).purposes[0] as Activity['purposes'][number];
      expect(purpose.description).not.toBe(OLD_EN);
      expect(purpose.i18n?.en?.description).toBe(OLD_EN);
      if (layout === 'authority') {
        // The authority layout holds no main texts of translated cells: the register's stays, the translation too.
        expect(purpose.description).toBe(NEW_NL);
        expect(translationState(purpose, 'description', 'en', 'nl')).toBe('outdated');
      } else {
        // The complete layout is the whole register as exported: its translations sheet brings back the Dutch text
        // the translation was made from (a change the preview shows), and the translation is current for it.
        expect(purpose.description).toBe(OLD_NL);
        expect(translationState(purpose, 'description', 'en', 'nl')).toBe('current');
      }
    });
  }
});

describe('older data', () => {
  it('translations of a file written before version 3 count as current, and keep counting so after a round trip', () => {
    const legacy = withoutSourceStamps(sampleRegister());
    const stamped = stampLegacyTranslations(legacy);
    expect(translationCounts(stamped, 'en').outdated).toBe(0);
    expect(stamped).toEqual(sampleRegister());
    expect(stampLegacyTranslations(stamped)).toBe(stamped);
  });
});

describe('exports of a register whose main text changed (issue 14 walk, without the interface)', () => {
  for (const [how, make] of [
    ['in the app', editedInTheApp],
    ['in another tool', editedElsewhere],
  ] as const) {
    it(`changed ${how}: the English PDF and workbook show the new Dutch text, marked, never the old English one`, async () => {
      const register = make();
      expect(translationTasks(register, 'en').some((t) => t.source === NEW_NL && t.state === 'outdated')).toBe(true);
      expect(validateRegister(register, { today }).map((f) => f.code)).toContain('TRANSLATION_OUTDATED');

      const pdf = JSON.stringify(pdfDefinition(register, { lang: 'en', exportedAt, today }));
      expect(pdf).toContain(NEW_NL);
      expect(pdf).not.toContain(OLD_EN);
      expect(pdf).toMatch(new RegExp(`${escape(NEW_NL)}[^]{0,200}\\[nl\\]`));

      const bytes = await exportWorkbook(register, { lang: 'en', layout: 'authority', exportedAt, today });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes.buffer as ArrayBuffer);
      const cells: ExcelJS.Cell[] = [];
      book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
      expect(cells.some((c) => String(c.value).includes(OLD_EN))).toBe(false);
      const marked = cells.filter((c) => String(c.value).includes(NEW_NL));
      expect(marked.length).toBeGreaterThan(0);
      for (const cell of marked) {
        expect(cell.font?.italic).toBe(true);
        expect((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe('FFFCE4C4');
      }
      // The legend says how many texts fall back.
      const count = translationCounts(register, 'en', 'standard');
      expect(
        cells.some((c) =>
          String(c.value).startsWith(`${count.missing + count.outdated} texts have no current translation`),
        ),
      ).toBe(true);
    });
  }

  it('once translated again, the English exports show the new translation, unmarked', async () => {
    const register = editedInTheApp();
    const activity = membership(register);
    const NEW_EN = 'Identifying and contacting members, and managing their file (revised in 2026)';
    activity.purposes[0] = withTranslation(
      activity.purposes[0] as Activity['purposes'][number],
      'description',
      'en',
      NEW_EN,
    );
    const pdf = JSON.stringify(pdfDefinition(register, { lang: 'en', exportedAt, today }));
    expect(pdf).toContain(NEW_EN);
    expect(pdf).not.toContain(NEW_NL);
    const bytes = await exportWorkbook(register, { lang: 'en', layout: 'authority', exportedAt, today });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    const withNew = cells.filter((c) => String(c.value).includes(NEW_EN));
    expect(withNew.length).toBeGreaterThan(0);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
