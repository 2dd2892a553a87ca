/**
 * The notice's fixed paragraphs (introduction, rights, how to exercise them, complaints) as the DPO writes them:
 * register metadata in the main language, translated like every other text on the Translations screen. An empty box
 * means the product's default text, shown as the box's placeholder. Saved through `updateMeta`, so a save from a copy
 * that another window changed meanwhile is refused, and a changed text leaves its translations outdated.
 */
import { useState, type FormEvent } from 'react';
import { fieldLabel } from '../../shared/catalogue/fieldLabels';
import type { RegisterMeta } from '../../shared/model';
import { defaultTemplate, NOTICE_TEMPLATE_KEYS, TEMPLATE_FIELDS } from '../../shared/notice';
import { useI18n, useMessages } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { db } from '../storage/database';
import { updateMeta } from '../storage/recordRepository';
import { NOTICE_SCREEN_MESSAGES } from './messages';

type Texts = Record<(typeof NOTICE_TEMPLATE_KEYS)[number], string>;

const textsOf = (meta: RegisterMeta): Texts =>
  Object.fromEntries(NOTICE_TEMPLATE_KEYS.map((key) => [key, meta[TEMPLATE_FIELDS[key]] ?? ''])) as Texts;

export function NoticeTexts({ meta }: { meta: RegisterMeta }) {
  const { lang } = useI18n();
  const t = useMessages(NOTICE_SCREEN_MESSAGES);
  // The form starts from the metadata it was opened with; `base` is what a save compares the stored copy against.
  const [base, setBase] = useState(meta);
  const [texts, setTexts] = useState<Texts>(() => textsOf(meta));
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const changed = NOTICE_TEMPLATE_KEYS.some((key) => texts[key] !== (base[TEMPLATE_FIELDS[key]] ?? ''));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next: RegisterMeta = { ...base };
    for (const key of NOTICE_TEMPLATE_KEYS) {
      const text = texts[key].trim();
      if (text === '') delete next[TEMPLATE_FIELDS[key]];
      else next[TEMPLATE_FIELDS[key]] = text;
    }
    try {
      const saved = await updateMeta(db, next, base);
      setBase(saved);
      setTexts(textsOf(saved));
      setNotice({ kind: 'success', text: t('textsSaved') });
    } catch (error) {
      setNotice({ kind: 'error', text: t('saveFailed', { reason: errorText(error, lang) }) });
    }
  };

  return (
    <form className="notice-texts" onSubmit={(e) => void save(e)} aria-labelledby="notice-texts-title">
      <h2 id="notice-texts-title">{t('textsTitle')}</h2>
      <p className="intro">{t('textsIntro')}</p>
      {NOTICE_TEMPLATE_KEYS.map((key) => (
        <label key={key} className="notice-text-field">
          {fieldLabel(TEMPLATE_FIELDS[key], lang)}
          <textarea
            rows={5}
            value={texts[key]}
            placeholder={defaultTemplate(key, base.mainLanguage)}
            onChange={(e) => setTexts({ ...texts, [key]: e.target.value })}
          />
        </label>
      ))}
      <Notice notice={notice} />
      <button type="submit" disabled={!changed}>
        {t('textsSave')}
      </button>
    </form>
  );
}
