/**
 * A date typed and shown as the interface language writes it (de 31.12.2026, nl/fr/en 31/12/2026), stored as ISO.
 * ISO typed in is accepted too. Text that is not a date yet stays in the box with an inline message, and the stored
 * date is only changed once the text is a real date (or emptied).
 */
import { useId, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { formatLocalDate, parseLocalDate, patternHint } from './localDate';

export interface LocalDateInputProps {
  id: string;
  /** The stored ISO date, or undefined. */
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
  invalid?: boolean;
  describedBy?: string;
}

export function LocalDateInput({ id, value, onChange, invalid, describedBy }: LocalDateInputProps) {
  const { t, lang } = useI18n();
  const [text, setText] = useState(() => formatLocalDate(value ?? '', lang));
  const messageId = useId();
  const parsed = parseLocalDate(text, lang);
  // The stored date changed from outside (undo, save) or the language changed: show the date the stored value means,
  // written the language's way, unless the text being typed already means it (adjusted while rendering, no effect).
  const [seen, setSeen] = useState({ value, lang });
  if (seen.value !== value || seen.lang !== lang) {
    setSeen({ value, lang });
    const now = parseLocalDate(text, seen.lang);
    const same = now.kind === 'empty' ? value === undefined : now.kind === 'date' && now.iso === value;
    if (!same) setText(formatLocalDate(value ?? '', lang));
    else if (now.kind === 'date' && seen.lang !== lang) setText(formatLocalDate(now.iso, lang));
  }

  const pattern = patternHint(lang, {
    day: t('dateDayLetters'),
    month: t('dateMonthLetters'),
    year: t('dateYearLetters'),
  });
  const message =
    parsed.kind === 'unreadable'
      ? t('dateUnreadable', { pattern, example: formatLocalDate('2026-12-31', lang) })
      : parsed.kind === 'impossible'
        ? t('dateImpossible', { text: text.trim() })
        : undefined;
  const describedByAll = [describedBy, message ? messageId : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <>
      <input
        id={id}
        className="date-input"
        inputMode="numeric"
        autoComplete="off"
        placeholder={pattern}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const result = parseLocalDate(next, lang);
          if (result.kind === 'date') onChange(result.iso);
          else if (result.kind === 'empty') onChange(undefined);
        }}
        onBlur={() => {
          if (parsed.kind === 'date') setText(formatLocalDate(parsed.iso, lang));
        }}
        aria-invalid={invalid || message !== undefined || undefined}
        aria-describedby={describedByAll}
      />
      {message && (
        <p className="date-message" id={messageId} role="alert">
          {message}
        </p>
      )}
    </>
  );
}
