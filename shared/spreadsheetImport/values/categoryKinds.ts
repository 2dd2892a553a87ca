/**
 * What the name of a data category or security measure says about it, so that records created from a foreign
 * register start with a sensible kind: "Gezondheidsgegevens" is special-category health data (Art. 9), "INSZ-nummer"
 * the national number (Art. 87), "Versleuteling" a technical encryption measure. The DPO checks them afterwards;
 * the report lists every record created.
 */
import type { DataCategoryKind, SpecialDataType } from '../../model/dataCategory';
import type { SecurityMeasureFamily, SecurityMeasureType } from '../../model/securityMeasure';
import { foldText } from './fold';

/** Word stems, folded, per special type (Art. 9(1)), in the four languages. */
const SPECIAL_STEMS: readonly [SpecialDataType, readonly string[]][] = [
  [
    'health',
    [
      'gezondheid',
      'medisch',
      'medische',
      'sante',
      'medical',
      'health',
      'gesundheit',
      'ziekte',
      'maladie',
      'handicap',
      'invaliditeit',
    ],
  ],
  ['racial-ethnic-origin', ['etnisch', 'ethnique', 'ethnic', 'ethnisch', 'ras ', 'race', 'rassisch']],
  ['political-opinions', ['politieke', 'politique', 'political', 'politisch']],
  ['religious-beliefs', ['religie', 'religieus', 'levensbeschouw', 'religion', 'religieu', 'religios', 'weltanschau']],
  ['trade-union-membership', ['vakbond', 'syndica', 'trade union', 'gewerkschaft']],
  ['genetic', ['genetisch', 'genetique', 'genetic']],
  ['biometric', ['biometri']],
  ['sex-life-orientation', ['seksue', 'sexuel', 'sexual', 'sexuell']],
];
const SPECIAL_WORDS = [
  'bijzonder',
  'gevoelig',
  'art. 9',
  'art 9',
  'sensible',
  'sensitive',
  'special categor',
  'besondere kategor',
];
const CRIMINAL_WORDS = [
  'gerechtelijk',
  'strafrecht',
  'strafblad',
  'art. 10',
  'art 10',
  'judiciaire',
  'penal',
  'casier',
  'criminal',
  'conviction',
  'straftat',
];
const NATIONAL_ID_WORDS = [
  'rijksregister',
  'insz',
  'registre national',
  'niss',
  'national number',
  'national register',
  'nationalregister',
  'art. 87',
  'art 87',
  'identificatienummer van de sociale zekerheid',
];

export interface DataCategoryGuess {
  kind: DataCategoryKind;
  specialTypes: SpecialDataType[];
}

export function guessDataCategory(name: string): DataCategoryGuess {
  const text = ` ${foldText(name)} `;
  const has = (words: readonly string[]) => words.some((word) => text.includes(word));
  if (has(NATIONAL_ID_WORDS)) return { kind: 'national-id', specialTypes: [] };
  if (has(CRIMINAL_WORDS)) return { kind: 'criminal', specialTypes: [] };
  const specialTypes = SPECIAL_STEMS.filter(([, stems]) => has(stems)).map(([type]) => type);
  if (specialTypes.length > 0 || has(SPECIAL_WORDS)) return { kind: 'special', specialTypes };
  return { kind: 'ordinary', specialTypes: [] };
}

const MEASURES: readonly [SecurityMeasureType, SecurityMeasureFamily, readonly string[]][] = [
  ['technical', 'encryption', ['versleutel', 'encrypt', 'cryptag', 'chiffr', 'verschlussel', 'pseudonym']],
  ['technical', 'backup', ['back-up', 'backup', 'sauvegarde', 'datensicherung', 'reservekopie']],
  [
    'technical',
    'traceability',
    ['logging', 'logbestand', 'journalis', 'tracabilit', 'traceerbaar', 'protokollier', 'audit trail'],
  ],
  [
    'technical',
    'software-protection',
    ['antivirus', 'firewall', 'patch', 'update', 'mise a jour', 'pare-feu', 'virenschutz'],
  ],
  [
    'technical',
    'access-control',
    [
      'toegang',
      'access',
      'acces',
      'zugriff',
      'zugang',
      'authenti',
      'wachtwoord',
      'mot de passe',
      'password',
      'passwort',
      'mfa',
      '2fa',
      'rechten',
      'habilitation',
    ],
  ],
  [
    'organisational',
    'processor-control',
    [
      'verwerkersovereenkomst',
      'sous-traitan',
      'processor agreement',
      'dpa',
      'auftragsverarbeitungsvertrag',
      'verwerkers',
    ],
  ],
  [
    'organisational',
    'awareness',
    ['opleiding', 'sensibilis', 'bewustmaking', 'formation', 'training', 'awareness', 'schulung'],
  ],
  [
    'organisational',
    'confidentiality',
    [
      'geheimhouding',
      'beroepsgeheim',
      'vertrouwelijk',
      'confidential',
      'secret professionnel',
      'vertraulich',
      'schweigepflicht',
    ],
  ],
  [
    'organisational',
    'physical-security',
    ['fysiek', 'physique', 'physical', 'badge', 'alarm', 'toegangscontrole gebouw', 'physisch'],
  ],
];

export function guessSecurityMeasure(name: string): { type: SecurityMeasureType; family: SecurityMeasureFamily } {
  const text = foldText(name);
  for (const [type, family, stems] of MEASURES) if (stems.some((stem) => text.includes(stem))) return { type, family };
  return { type: 'organisational', family: 'other' };
}
