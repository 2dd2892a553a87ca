/**
 * How a text of the register is named for people: the record it belongs to ("Processing activity: Payroll") and its
 * field ("Purposes 2 › Description"), in an interface language. The files for translators carry these as notes and
 * columns, and the import preview shows them, so a translator and the DPO speak of the same text.
 */
import { fieldLabel, KIND_LABELS, kindTitle } from '../../catalogue/fieldLabels';
import { capitalised, type UiLanguage } from '../../i18n/languages';
import { translate } from '../../i18n/translate';
import { fieldWords, isFieldKey } from '../../model/words';
import type { Register } from '../../model/register';
import type { TextPlace } from '../registerTexts';
import { FILE_TEXTS } from './messages';

/** The record a text belongs to, or the register itself for its own texts. */
export function recordLabel(register: Register, place: TextPlace, ui: UiLanguage): string {
  if (place.kind === 'meta') return capitalised(KIND_LABELS.meta.one[ui]);
  const records = register[place.kind] as readonly { id: string; name: string }[];
  const name = records.find((r) => r.id === place.recordId)?.name ?? place.recordId ?? '';
  return translate(FILE_TEXTS, ui, 'recordOf', { kind: kindTitle(place.kind, ui), name });
}

function label(path: string, ui: UiLanguage): string {
  return fieldWords(path, ui)?.label ?? path;
}

/** The field of a text; for an item of a list, the list, the item's position in it and the item's field. */
export function placeFieldLabel(register: Register, place: TextPlace, ui: UiLanguage): string {
  if (!place.list) return label(place.field, ui);
  const list = isFieldKey(place.list) ? fieldLabel(place.list, ui) : place.list;
  let position = '';
  if (place.kind !== 'meta') {
    const record = (register[place.kind] as readonly Record<string, unknown>[]).find((r) => r['id'] === place.recordId);
    const items = record?.[place.list];
    const index = Array.isArray(items) ? items.findIndex((item: { id?: unknown }) => item.id === place.itemId) : -1;
    if (index >= 0) position = ` ${index + 1}`;
  }
  const sub = label(`${place.list}.${place.field}`, ui);
  // Several lists have one text per item, labelled like the list itself ("Purposes"): the position says enough.
  return sub === list ? `${list}${position}` : `${list}${position} › ${sub}`;
}
