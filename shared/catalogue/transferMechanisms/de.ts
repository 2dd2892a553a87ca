/**
 * The transfer mechanisms in German, worded after Kapitel V of the DSGVO: Art. 46 "geeignete Garantien", Art. 47
 * "verbindliche interne Datenschutzvorschriften", Art. 49 "Ausnahmen für bestimmte Fälle".
 */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const de: TranslationOf<typeof en> = {
  labels: {
    art45: 'Angemessenheitsbeschluss der Europäischen Kommission',
    'art46-2-a': 'Rechtlich bindendes und durchsetzbares Dokument zwischen Behörden oder öffentlichen Stellen',
    'art46-2-b': 'Verbindliche interne Datenschutzvorschriften (BCR) als geeignete Garantie',
    'art46-2-c': 'Von der Kommission erlassene Standarddatenschutzklauseln',
    'art46-2-d': 'Von einer Aufsichtsbehörde angenommene Standarddatenschutzklauseln',
    'art46-2-e':
      'Genehmigte Verhaltensregeln mit rechtsverbindlichen und durchsetzbaren Verpflichtungen des Empfängers',
    'art46-2-f':
      'Genehmigter Zertifizierungsmechanismus mit rechtsverbindlichen und durchsetzbaren Verpflichtungen des Empfängers',
    'art46-3-a': 'Von der zuständigen Aufsichtsbehörde genehmigte Vertragsklauseln',
    'art46-3-b': 'Genehmigte Bestimmungen in Verwaltungsvereinbarungen zwischen Behörden oder öffentlichen Stellen',
    art47: 'Von einer Aufsichtsbehörde genehmigte verbindliche interne Datenschutzvorschriften (BCR)',
    'art49-1-a': 'Ausdrückliche Einwilligung in die Datenübermittlung nach Unterrichtung über die möglichen Risiken',
    'art49-1-b': 'Erfüllung eines Vertrags zwischen der betroffenen Person und dem Verantwortlichen',
    'art49-1-c': 'Abschluss oder Erfüllung eines im Interesse der betroffenen Person geschlossenen Vertrags',
    'art49-1-d': 'Wichtige Gründe des öffentlichen Interesses',
    'art49-1-e': 'Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen',
    'art49-1-f': 'Schutz lebenswichtiger Interessen, betroffene Person außerstande, ihre Einwilligung zu geben',
    'art49-1-g': 'Übermittlung aus einem Register zur Information der Öffentlichkeit',
    'art49-1-second':
      'Zwingende berechtigte Interessen (nicht wiederholte Übermittlung, begrenzte Zahl betroffener Personen)',
  },
  // Abbreviated like "Abs." and "Buchst." in the citation: "Art. 49 Abs. 1 UAbs. 2 DSGVO".
  secondSubparagraph: 'UAbs. 2',
};
