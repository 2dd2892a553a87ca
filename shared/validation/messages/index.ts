/**
 * The validation catalogue, registered in every interface language: one sentence per rule code for its findings,
 * and one description per rule for the rule list and the exports' appendix, in the words Belgian DPOs and the
 * GBA/APD use (and the DSGVO's in German). The words live in one file per language (en.ts defines the keys, which
 * are the rule codes). Parameters that hold codes (countries, GDPR grounds, record kinds, dates) are stored as
 * codes in findings and turned into words only here, when a message is shown.
 */
import { countryName } from '../../catalogue/countries';
import { KIND_LABELS } from '../../catalogue/fieldLabels';
import { formatIsoDate } from '../../i18n/formatDate';
import { LEGAL_GROUNDS, LEGAL_GROUND_CODES, type LegalGroundCode } from '../../catalogue/legalGrounds';
import {
  TRANSFER_MECHANISMS,
  TRANSFER_MECHANISM_CODES,
  type TransferMechanismCode,
} from '../../catalogue/transferMechanisms';
import { UI_LANGUAGES, type Labels, type UiLanguage } from '../../i18n/languages';
import { defineWords, messageText, type MessageParams, type MessageTable } from '../../i18n/translate';
import type { RecordKind } from '../../model/register';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const VALIDATION_WORDS = defineWords({ en, nl, fr, de });

export type RuleCode = keyof typeof en.messages;

/** One value per interface language, picked from each language's words. */
function perLanguage<T>(pick: (lang: UiLanguage) => T): Readonly<Record<UiLanguage, T>> {
  // Object.fromEntries cannot tell that its keys are exactly UI_LANGUAGES; the map over that list guarantees it.
  return Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, pick(lang)])) as Record<UiLanguage, T>;
}

/** The finding messages as a message table keyed by rule code, for `translate` and for code that reads it directly. */
export const VALIDATION_MESSAGES: MessageTable<RuleCode> = perLanguage((lang) => VALIDATION_WORDS[lang].messages);

/** What a rule checks, in every interface language. */
export function ruleDescription(code: RuleCode): Labels {
  return perLanguage((lang) => VALIDATION_WORDS[lang].ruleDescriptions[code]);
}

export const RULE_CODES = Object.keys(en.messages) as RuleCode[];

export function isRuleCode(code: string): code is RuleCode {
  return Object.prototype.hasOwnProperty.call(en.messages, code);
}

function isRecordKindWord(value: string): value is RecordKind | 'meta' {
  return Object.prototype.hasOwnProperty.call(KIND_LABELS, value);
}

function isLegalGround(value: string): value is LegalGroundCode {
  return (LEGAL_GROUND_CODES as readonly string[]).includes(value);
}

function isMechanism(value: string): value is TransferMechanismCode {
  return (TRANSFER_MECHANISM_CODES as readonly string[]).includes(value);
}

/**
 * How coded parameters are shown, by parameter name. Findings keep the codes so that a JSON export of findings
 * stays language-neutral; an unknown code is shown as it is rather than hidden.
 */
const PARAM_WORDS: Readonly<Record<string, (value: string, lang: UiLanguage) => string>> = {
  country: (v, lang) => `${countryName(v, lang)} (${v})`,
  ground: (v, lang) => (isLegalGround(v) ? LEGAL_GROUNDS[v].citation[lang] : v),
  mechanism: (v, lang) => (isMechanism(v) ? TRANSFER_MECHANISMS[v].citation[lang] : v),
  targetKind: (v, lang) => (isRecordKindWord(v) ? KIND_LABELS[v].one[lang] : v),
  kinds: (v, lang) => (isRecordKindWord(v) ? KIND_LABELS[v].many[lang] : v),
  date: (v, lang) => formatIsoDate(v, lang),
  startDate: (v, lang) => formatIsoDate(v, lang),
  endDate: (v, lang) => formatIsoDate(v, lang),
};

export function localiseParams(params: MessageParams, lang: UiLanguage): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    const words = PARAM_WORDS[key];
    out[key] = words && typeof value === 'string' ? words(value, lang) : value;
  }
  return out;
}

/** The message for a code in one language with its parameters filled; an unknown code is returned as is. */
export function ruleMessage(code: string, lang: UiLanguage, params: MessageParams): string {
  if (!isRuleCode(code)) return code;
  return messageText(VALIDATION_MESSAGES[lang][code], lang, localiseParams(params, lang));
}
