/**
 * Countries: the ISO 3166-1 alpha-2 codes, the European Economic Area, and the countries with an EU adequacy
 * decision (Art. 45 GDPR). A country outside both lists is a third country without adequacy. The notes on the
 * decisions live one file per language in `countries/`.
 */
import type { Labels, TextLanguage } from '../i18n/languages';
import { LOCALE_OF } from '../i18n/languages';
import { COUNTRY_WORDS } from './countries/index';
import { labelsByEntry } from './labelsByEntry';

// Officially assigned ISO 3166-1 alpha-2 codes, plus XK (Kosovo, user-assigned but used by the EU).
const ALPHA2 =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
  'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
  'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
  'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
  'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
  'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW';

export const COUNTRY_CODES: readonly string[] = ALPHA2.split(' ');
const COUNTRY_SET = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return COUNTRY_SET.has(value);
}

/** Normalised so that a hand-typed "be" is not silently treated as a third country. */
function normalise(code: string): string {
  return code.trim().toUpperCase();
}

/** The 27 EU member states (Greece is GR in ISO 3166, not the EU's "EL"). */
export const EU_COUNTRIES: readonly string[] = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
];

/** The European Economic Area: the EU and Iceland, Liechtenstein and Norway, where the GDPR applies. */
export const EEA_COUNTRIES: readonly string[] = [...EU_COUNTRIES, 'IS', 'LI', 'NO'];

/**
 * Parts of EU member states that ISO 3166 codes separately but where the GDPR applies all the same: Åland and the
 * French outermost regions. Overseas countries and territories (Greenland, French Polynesia, New Caledonia, Aruba,
 * Curaçao, Saint-Barthélemy, ...) are outside the EU, and Svalbard (SJ) is outside the EEA Agreement, so those are
 * deliberately not listed.
 */
export const EEA_TERRITORIES_WITH_OWN_CODE: readonly string[] = ['AX', 'GF', 'GP', 'MF', 'MQ', 'RE', 'YT'];

const EEA_SET = new Set([...EEA_COUNTRIES, ...EEA_TERRITORIES_WITH_OWN_CODE]);

export function isInEea(code: string): boolean {
  return EEA_SET.has(normalise(code));
}

export interface AdequacyDecision {
  country: string;
  /** ISO date the Commission adopted the decision. */
  date: string;
  /** The decision as published in the Official Journal, so an export can name the instrument relied on. */
  decision: string;
  /**
   * 'partial' when the decision covers only some recipients in the country (one sector, or organisations that
   * certified themselves), so the DPO has to check that the recipient is in scope; 'full' otherwise, even when a
   * narrow exclusion exists (the note says which).
   */
  scope: 'full' | 'partial';
  note: Labels;
}

/** The notes on the decisions, from the per-language files in `countries/`. */
const WORDS = labelsByEntry(COUNTRY_WORDS);
const ALL_RECIPIENTS: Labels = WORDS.allRecipients;

/*
 * Every adequacy decision in force for a country or territory, as far as public sources showed when
 * this list was written (Brazil, January 2026, is the most recent). The decisions adopted before 2018
 * under Directive 95/46/EC stay in force by virtue of Art. 45(9) GDPR; the Commission's first review of them
 * (January 2024) confirmed all eleven. Verify against the Commission's list before relying on this for a new
 * transfer: decisions can be amended, renewed or annulled (Safe Harbour and the Privacy Shield were).
 *
 * Left out on purpose:
 * - The European Patent Organisation (decision of 15 July 2025, the first one for an international organisation):
 *   it is not a country, and a transfer names an international organisation as free text, not as a country code.
 * - The United Kingdom's Law Enforcement Directive decision: it concerns police and justice authorities, not GDPR
 *   transfers by a health-insurance group.
 */
export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  {
    country: 'AD',
    date: '2010-10-19',
    decision: 'Commission Decision 2010/625/EU',
    scope: 'full',
    note: ALL_RECIPIENTS,
  },
  {
    country: 'AR',
    date: '2003-06-30',
    decision: 'Commission Decision 2003/490/EC',
    scope: 'full',
    note: ALL_RECIPIENTS,
  },
  {
    // Adopted 26 January 2026 and published on 28 January 2026 (mutual adequacy with Brazil).
    country: 'BR',
    date: '2026-01-26',
    decision: 'Commission Implementing Decision (EU) 2026/179',
    scope: 'full',
    note: WORDS.adequacyScope.BR,
  },
  {
    country: 'CA',
    date: '2001-12-20',
    decision: 'Commission Decision 2002/2/EC',
    scope: 'partial',
    note: WORDS.adequacyScope.CA,
  },
  {
    country: 'CH',
    date: '2000-07-26',
    decision: 'Commission Decision 2000/518/EC',
    scope: 'full',
    note: ALL_RECIPIENTS,
  },
  {
    country: 'FO',
    date: '2010-03-05',
    decision: 'Commission Decision 2010/146/EU',
    scope: 'full',
    note: ALL_RECIPIENTS,
  },
  {
    country: 'GB',
    date: '2021-06-28',
    decision: 'Commission Implementing Decision (EU) 2021/1772',
    scope: 'full',
    // The 2021 decision had a four-year sunset clause, was extended to 27 December 2025, and was renewed on
    // 19 December 2025 until 27 December 2031 (the renewal also brings immigration-control data into scope).
    // Verify the renewal's Official Journal reference against the Commission's list.
    note: WORDS.adequacyScope.GB,
  },
  {
    country: 'GG',
    date: '2003-11-21',
    decision: 'Commission Decision 2003/821/EC',
    scope: 'full',
    note: ALL_RECIPIENTS,
  },
  {
    country: 'IL',
    date: '2011-01-31',
    decision: 'Commission Decision 2011/61/EU',
    scope: 'full',
    note: WORDS.adequacyScope.IL,
  },
  {
    country: 'IM',
    date: '2004-04-28',
    decision: 'Commission Decision 2004/411/EC',
    scope: 'full',
    note: ALL_RECIPIENTS,
  },
  {
    country: 'JE',
    date: '2008-05-08',
    decision: 'Commission Decision 2008/393/EC',
    scope: 'full',
    note: ALL_RECIPIENTS,
  },
  {
    // Covers the private sector only; transfers to Japanese public authorities need another mechanism.
    country: 'JP',
    date: '2019-01-23',
    decision: 'Commission Implementing Decision (EU) 2019/419',
    scope: 'partial',
    note: WORDS.adequacyScope.JP,
  },
  {
    country: 'KR',
    date: '2021-12-17',
    decision: 'Commission Implementing Decision (EU) 2022/254',
    scope: 'full',
    note: WORDS.adequacyScope.KR,
  },
  {
    country: 'NZ',
    date: '2012-12-19',
    decision: 'Commission Implementing Decision 2013/65/EU',
    scope: 'full',
    note: ALL_RECIPIENTS,
  },
  {
    country: 'US',
    date: '2023-07-10',
    decision: 'Commission Implementing Decision (EU) 2023/1795',
    scope: 'partial',
    note: WORDS.adequacyScope.US,
  },
  {
    country: 'UY',
    date: '2012-08-21',
    decision: 'Commission Implementing Decision 2012/484/EU',
    scope: 'full',
    note: ALL_RECIPIENTS,
  },
];

const ADEQUACY_BY_COUNTRY = new Map(ADEQUACY_DECISIONS.map((decision) => [decision.country, decision]));

export function adequacyDecision(code: string): AdequacyDecision | undefined {
  return ADEQUACY_BY_COUNTRY.get(normalise(code));
}

/** Where a country stands for Chapter V: no transfer tool needed, adequacy (Art. 45), or a tool from Art. 46–49. */
export type CountryStatus = 'eea' | 'adequate' | 'third-country';

/** An unknown code counts as a third country: the cautious answer, since it asks for a transfer mechanism. */
export function countryStatus(code: string): CountryStatus {
  if (isInEea(code)) return 'eea';
  if (adequacyDecision(code) !== undefined) return 'adequate';
  return 'third-country';
}

const displayNames = new Map<TextLanguage, Intl.DisplayNames>();

function displayNamesFor(lang: TextLanguage): Intl.DisplayNames {
  let names = displayNames.get(lang);
  if (names === undefined) {
    names = new Intl.DisplayNames([LOCALE_OF[lang]], { type: 'region', fallback: 'code' });
    displayNames.set(lang, names);
  }
  return names;
}

/**
 * The country's name in the given language, from the platform's locale data (Node and Chromium ship CLDR for every
 * interface language); the code itself if it has none. No name is typed by hand: CLDR's names ("Vereinigtes
 * Königreich", "Royaume-Uni", "Verenigd Koninkrijk") are what each language writes, and a hand-kept list would go
 * stale as countries are renamed (Czechia, North Macedonia, Türkiye, Eswatini).
 */
export function countryName(code: string, lang: TextLanguage): string {
  const normalised = normalise(code);
  // Intl names some non-countries too ("ZZ" is "Unknown Region"); a code the register would reject stays as typed.
  if (!isCountryCode(normalised)) return code;
  try {
    const name = displayNamesFor(lang).of(normalised);
    return name === undefined || name === '' ? code : name;
  } catch {
    // A runtime built without locale data may lack DisplayNames; the code is still a readable answer.
    return code;
  }
}
