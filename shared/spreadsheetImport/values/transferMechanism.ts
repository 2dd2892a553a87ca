/**
 * The ground of a transfer outside the EEA, read from a cell: by article ("art. 45", "art. 46.2.c AVG",
 * "Art. 49(1)(a) GDPR", "art. 49, 1, tweede alinea") or by the words registers use ("SCC", "clauses contractuelles
 * types", "BCR", "adequaatheidsbesluit", "Data Privacy Framework"), into the codes of
 * `catalogue/transferMechanisms.ts`. "Art. 46" or "Art. 49" alone does not say which safeguard or derogation: the
 * reader says so instead of guessing.
 */
import { findTransferMechanism } from '../../excel/codecs';
import type { TransferMechanismCode } from '../../catalogue/transferMechanisms';
import { foldText, PhraseSet } from './fold';
import { memoized } from './memo';

export type MechanismReading =
  | { code: TransferMechanismCode }
  /** The article is named but not which of its points: the DPO has to say. */
  | { incomplete: 'art46' | 'art49' };

const WORDS: readonly [TransferMechanismCode, readonly string[]][] = [
  [
    'art46-2-c',
    [
      'scc',
      'sccs',
      'standard contractual clauses',
      'standard data protection clauses',
      'model clauses',
      'standaardcontractbepalingen',
      'standaardcontractuele clausules',
      'standaard contractuele clausules',
      'modelcontractbepalingen',
      'modelcontracten',
      'clauses contractuelles types',
      'clauses types',
      'cct',
      'standardvertragsklauseln',
      'standarddatenschutzklauseln',
    ],
  ],
  [
    'art47',
    [
      'bcr',
      'binding corporate rules',
      'bindende bedrijfsvoorschriften',
      'regles d entreprise contraignantes',
      'verbindliche interne datenschutzvorschriften',
    ],
  ],
  [
    'art45',
    [
      'adequacy',
      'adequacy decision',
      'adequaatheidsbesluit',
      'adequaatheidsbeslissing',
      'adequaat',
      'passend beschermingsniveau',
      'decision d adequation',
      'adequation',
      'angemessenheitsbeschluss',
      'angemessenes schutzniveau',
      'data privacy framework',
      'dpf',
      'eu us data privacy framework',
    ],
  ],
  ['art46-2-e', ['gedragscode', 'code de conduite', 'code of conduct', 'verhaltensregeln']],
  ['art46-2-f', ['certificering', 'certificeringsmechanisme', 'certification', 'zertifizierung']],
];

const ARTICLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])art(?:ikel|icle|\.)?\s*(45|46|47|49)(?![\p{N}])` +
    String.raw`(?:\s*(?:[.,(]\s*|\s)\s*(?:(?:lid|§|par\.?|paragraphe|paragraph|abs(?:atz)?\.?)\s*)?([123])\s*\)?)?` +
    String.raw`(?:\s*(?:[.,(]\s*|\s)\s*(?:(?:punt|point|lit\.?|buchst(?:abe)?\.?|onder|sub)\s*)?\(?([a-g])\)?(?![\p{L}\p{N}]))?`,
  'u',
);
const SECOND_SUBPARAGRAPH =
  /tweede alinea|tweede lid|second subparagraph|second alinea|deuxieme alinea|unterabs(?:atz|\.)?\s*2|2\.\s*unterabsatz/u;

let phrases: PhraseSet<TransferMechanismCode> | undefined;

/** The mechanism a text names, "incomplete" for a bare Art. 46 or 49, or undefined when it names none. */
function readTransferMechanismOnce(text: string): MechanismReading | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const labelled = findTransferMechanism(trimmed);
  if (labelled) return { code: labelled };
  const folded = foldText(trimmed);
  const match = ARTICLE.exec(folded);
  if (match) {
    const [, article, paragraph, point] = match;
    if (article === '45') return { code: 'art45' };
    if (article === '47') return { code: 'art47' };
    if (article === '46') {
      if ((paragraph === '2' && point && point <= 'f') || (paragraph === '3' && (point === 'a' || point === 'b')))
        return { code: `art46-${paragraph}-${point}` as TransferMechanismCode };
    }
    if (article === '49') {
      if (SECOND_SUBPARAGRAPH.test(folded)) return { code: 'art49-1-second' };
      if ((paragraph === '1' || paragraph === undefined) && point)
        return { code: `art49-1-${point}` as TransferMechanismCode };
    }
  }
  phrases ??= new PhraseSet(WORDS.flatMap(([code, words]) => words.map((word) => [word, code] as const)));
  const code = phrases.first(trimmed);
  if (code) return { code };
  if (match?.[1] === '46') return { incomplete: 'art46' };
  if (match?.[1] === '49') return { incomplete: 'art49' };
  return undefined;
}

/** {@link readTransferMechanismOnce}, each distinct text read once (results are shared: read-only). */
export const readTransferMechanism: (text: string) => MechanismReading | undefined =
  memoized(readTransferMechanismOnce);
