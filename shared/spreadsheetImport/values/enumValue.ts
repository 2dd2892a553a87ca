/**
 * Coded values (a status, a kind of data, a recipient category) written in words: the catalogue's labels in every
 * language and the codes are understood through `findEnumValue` (the Excel codecs' own index); the words registers use besides them ("actief",
 * "stopgezet", "en cours", "beendet", "gevoelig") are listed here per enum.
 */
import { findEnumValue } from '../../excel/codecs';
import type { EnumName } from '../../catalogue/enumLabels';
import { foldText, matchKey } from './fold';
import { memoized } from './memo';

/** Words, folded, for the values of some enums besides their labels. */
const SYNONYMS: Partial<Record<EnumName, Readonly<Record<string, readonly string[]>>>> = {
  activityStatus: {
    active: [
      'actief',
      'goedgekeurd',
      'approved',
      'valide',
      'genehmigt',
      'lopend',
      'in gebruik',
      'in productie',
      'actif',
      'active',
      'en cours',
      'en production',
      'in use',
      'current',
      'live',
      'aktiv',
      'laufend',
      'in betrieb',
    ],
    retired: [
      'beeindigd',
      'stopgezet',
      'afgesloten',
      'inactief',
      'niet meer actief',
      'gearchiveerd',
      'termine',
      'arrete',
      'cloture',
      'inactif',
      'archive',
      'ended',
      'stopped',
      'inactive',
      'archived',
      'discontinued',
      'beendet',
      'eingestellt',
      'inaktiv',
      'archiviert',
    ],
    draft: [
      'ontwerp',
      'concept',
      'in voorbereiding',
      'gepland',
      'brouillon',
      'en preparation',
      'projet',
      'prevu',
      'draft',
      'planned',
      'in preparation',
      'entwurf',
      'geplant',
      'in vorbereitung',
    ],
  },
  dpiaStatus: {
    done: [
      'uitgevoerd',
      'gedaan',
      'afgerond',
      'realisee',
      'effectuee',
      'faite',
      'done',
      'completed',
      'carried out',
      'durchgefuhrt',
      'abgeschlossen',
    ],
    'in-progress': [
      'lopend',
      'bezig',
      'in uitvoering',
      'en cours',
      'in progress',
      'ongoing',
      'in bearbeitung',
      'laufend',
    ],
    required: [
      'vereist',
      'nodig',
      'verplicht',
      'requise',
      'necessaire',
      'obligatoire',
      'required',
      'needed',
      'erforderlich',
      'notwendig',
    ],
    'not-required': [
      'niet vereist',
      'niet nodig',
      'niet verplicht',
      'non requise',
      'pas necessaire',
      'non necessaire',
      'not required',
      'not needed',
      'nicht erforderlich',
      'nicht notwendig',
    ],
  },
  dataCategoryKind: {
    special: [
      'bijzonder',
      'bijzondere',
      'gevoelig',
      'gevoelige gegevens',
      'art 9',
      'sensible',
      'sensibles',
      'donnees sensibles',
      'special',
      'special category',
      'sensitive',
      'besondere',
      'besondere kategorie',
      'sensibel',
    ],
    criminal: [
      'gerechtelijk',
      'gerechtelijke gegevens',
      'strafrechtelijk',
      'art 10',
      'judiciaire',
      'penal',
      'penale',
      'criminal',
      'criminal offence',
      'strafrechtlich',
      'straftaten',
    ],
    'national-id': [
      'rijksregisternummer',
      'insz',
      'insz nummer',
      'art 87',
      'numero de registre national',
      'niss',
      'national number',
      'national identification number',
      'nationalregisternummer',
    ],
    ordinary: [
      'gewoon',
      'gewone',
      'normaal',
      'ordinaire',
      'ordinaires',
      'normal',
      'ordinary',
      'regular',
      'allgemein',
      'gewohnlich',
    ],
  },
  recipientCategory: {
    'public-authority': ['overheid', 'administration', 'autorite publique', 'public authority', 'behorde'],
    'social-security-institution': ['sociale zekerheid', 'securite sociale', 'social security', 'sozialversicherung'],
    'health-care': [
      'zorgverlener',
      'zorgverleners',
      'ziekenhuis',
      'prestataire de soins',
      'hopital',
      'healthcare provider',
      'hospital',
      'krankenhaus',
    ],
    judicial: ['justitie', 'rechtbank', 'justice', 'tribunal', 'court', 'gericht'],
    auditor: ['revisor', 'bedrijfsrevisor', 'reviseur', 'auditor', 'wirtschaftsprufer'],
    insurer: ['verzekeraar', 'assureur', 'insurer', 'versicherer'],
    financial: ['bank', 'banque', 'financial institution'],
    'group-entity': ['groep', 'groupe', 'group', 'konzern'],
  },
};

const indexes = new Map<EnumName, Map<string, string>>();

function synonymIndex(name: EnumName): Map<string, string> {
  let index = indexes.get(name);
  if (!index) {
    index = new Map();
    for (const [value, words] of Object.entries(SYNONYMS[name] ?? {}))
      for (const word of words) index.set(matchKey(word), value);
    indexes.set(name, index);
  }
  return index;
}

const readers = new Map<EnumName, (text: string) => string | undefined>();

/** The enum value a text names, or undefined (each distinct text read once per enum: registers repeat them). */
export function readEnumValue(name: EnumName, text: string): string | undefined {
  let read = readers.get(name);
  if (!read) {
    read = memoized((t) => readEnumValueOnce(name, t));
    readers.set(name, read);
  }
  return read(text);
}

function readEnumValueOnce(name: EnumName, text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const labelled = findEnumValue(name, trimmed);
  if (labelled !== undefined) return labelled;
  const key = matchKey(foldText(trimmed));
  return synonymIndex(name).get(key) ?? synonymIndex(name).get(key.split(' ')[0] ?? '');
}
