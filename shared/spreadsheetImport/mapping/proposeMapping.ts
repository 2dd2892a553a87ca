/**
 * The automatic mapping of a found table's columns to register fields: for each column, every field's words in the
 * four languages against its header, group and instruction, weighed with how well its values fit the field; then
 * each column gets its best field, one column per field unless the field is a list (several columns may add
 * purposes or recipients). Also guesses which register the table is (controller or processor activities) and which
 * language its texts are in. Every proposal carries a confidence and a reason the mapping screen shows.
 */
import { normaliseHeader } from '../../excel/cells';
import { languageName, type TextLanguage, type UiLanguage } from '../../i18n/languages';
import { translate } from '../../i18n/translate';
import { MAPPING_REASONS, VALUE_SHAPES, type ValueShapeKey } from '../build/messages';
import type { ColumnMapping, FoundSourceTable, SourceColumn, SourceSheet } from '../types';
import { bestPhrase, fieldPhrases, matchColumn, type HeaderMatch } from './headerMatch';
import { emptyVotes, voteText, winner, type LanguageVotes } from './language';
import { columnCells, columnShape, SHAPE_ONLY, shapeFit, type ColumnShape } from './shapes';
import { importTargets, targetLabel, type ImportKind, type ImportTarget } from './targets';

export interface ProposeOptions {
  /** Language of the reasons. */
  lang?: UiLanguage;
  /** The register the table is read into; guessed when absent. */
  kind?: ImportKind;
}

export interface ProposedImport {
  kind: ImportKind;
  /** The language the source texts seem to be in. */
  language: TextLanguage;
  /** One mapping per column of the table, in column order. */
  columns: ColumnMapping[];
}

/** Below this confidence a column is left unmapped: a wrong field costs the DPO more than an ignored column. */
export const MIN_CONFIDENCE = 0.35;

interface Candidate {
  column: SourceColumn;
  target: ImportTarget;
  score: number;
  match: HeaderMatch;
  fit: number | undefined;
  shapeOnly: boolean;
}

interface Analysed {
  column: SourceColumn;
  shape: ColumnShape;
  candidates: Candidate[];
}

function shapeKeyOf(target: ImportTarget): ValueShapeKey | undefined {
  switch (target.reader) {
    case 'date':
      return 'date';
    case 'period':
    case 'retention':
      return 'period';
    case 'legalBases':
      return 'legalBasis';
    case 'boolean':
      return 'yesNo';
    case 'country':
    case 'countries':
      return 'country';
    case 'mechanism':
      return 'mechanism';
    case 'enum':
    case 'enumMulti':
      return 'enum';
    default:
      return target.path === 'reference' ? 'reference' : 'text';
  }
}

/** A header match weighed with the values' fit: values that fit lift it a little, values that do not lower it. */
function combine(header: number, fit: number | undefined): number {
  if (fit === undefined || header <= 0) return header;
  return Math.min(1, header * (0.65 + 0.35 * fit) + 0.1 * fit * header);
}

/** The field a group names best, when it names one clearly ("Ontvangers", "Status", "Bedrijfsproces"). */
function groupTargetOf(group: string | undefined, targets: readonly ImportTarget[]): string | undefined {
  if (!group) return undefined;
  let best: { path: string; score: number } | undefined;
  for (const target of targets) {
    if (target.parent) continue;
    const score = bestPhrase(group, target.path).score;
    if (score >= 0.7 && (!best || score > best.score)) best = { path: target.path, score };
  }
  return best?.path;
}

function analyse(sheet: SourceSheet, table: FoundSourceTable, kind: ImportKind): Analysed[] {
  const targets = importTargets(kind);
  return table.columns.map((column) => {
    const shape = columnShape(columnCells(sheet, column.index, table.firstDataRow));
    const groupTarget = groupTargetOf(column.group, targets);
    const candidates: Candidate[] = [];
    for (const target of targets) {
      const match = matchColumn(column, target, groupTarget);
      const fit = shapeFit(target, shape);
      let score = combine(match.score, fit);
      let shapeOnly = false;
      const only = SHAPE_ONLY[target.path];
      if (only !== undefined && match.score < MIN_CONFIDENCE) {
        const share = shape[only] as number;
        if (share >= 0.6 && 0.25 + 0.35 * share > score) {
          score = 0.25 + 0.35 * share;
          shapeOnly = true;
        }
      }
      if (score > 0) candidates.push({ column, target, score, match, fit, shapeOnly });
    }
    candidates.sort((a, b) => b.score - a.score || Number(!!a.target.parent) - Number(!!b.target.parent));
    return { column, shape, candidates };
  });
}

/** The language a matched phrase is shown in: the source's language when the phrase is one of its words too. */
function phraseLanguage(candidate: Candidate, language: TextLanguage): TextLanguage {
  const key = normaliseHeader(candidate.match.phrase);
  const shared = fieldPhrases(candidate.target.path).some(
    (p) => p.language === language && normaliseHeader(p.phrase) === key,
  );
  return shared ? language : candidate.match.language;
}

function reasonOf(candidate: Candidate, lang: UiLanguage, language: TextLanguage): string {
  const field = targetLabel(candidate.target, lang);
  const { column, match, fit, target } = candidate;
  const shapeKey = shapeKeyOf(target);
  const shape = shapeKey ? translate(VALUE_SHAPES, lang, shapeKey) : '';
  const share = Math.round((fit ?? 0) * 100);
  if (candidate.shapeOnly) return translate(MAPPING_REASONS, lang, 'valuesOnly', { share, shape });
  const params = {
    field,
    header: column.header,
    group: column.group ?? '',
    phrase: match.phrase,
    language: languageName(phraseLanguage(candidate, language), lang),
  };
  const parts = [translate(MAPPING_REASONS, lang, match.via, params)];
  if (fit !== undefined && shapeKey !== 'text')
    parts.push(translate(MAPPING_REASONS, lang, fit >= 0.5 ? 'valuesFit' : 'valuesAgainst', { share, shape }));
  return parts.join('; ');
}

/** Whether the table is a processor register (Art. 30(2)) rather than a controller register. */
export function guessKind(sheet: SourceSheet, table: FoundSourceTable): ImportKind {
  const processorOnly = ['processingCategories', 'controllerOrganisationIds', 'processorOrganisationId'];
  const controllerOnly = ['purposes', 'legalBases', 'subjectCategoryIds', 'dataCategoryIds', 'recipientIds'];
  const named = (paths: readonly string[]) =>
    table.columns.filter((c) => paths.some((path) => bestPhrase(`${c.group ?? ''} ${c.header}`, path).score >= 0.8))
      .length;
  const sheetName = normaliseHeader(sheet.name);
  const processorSheet = /verwerker|sous trait|processor|auftragsverarbeit/.test(sheetName);
  const processor = named(processorOnly) + (processorSheet ? 2 : 0);
  return processor > named(controllerOnly) ? 'processorActivities' : 'activities';
}

/** Votes of the field words a header matched: a word several languages share counts for each a part. */
function voteMatch(votes: LanguageVotes, candidate: Candidate): void {
  const key = normaliseHeader(candidate.match.phrase);
  const langs = new Set(
    fieldPhrases(candidate.target.path)
      .filter((p) => normaliseHeader(p.phrase) === key)
      .map((p) => p.language),
  );
  for (const lang of langs) votes[lang] += 2 / langs.size;
}

function languageOf(
  table: FoundSourceTable,
  analysed: readonly Analysed[],
  chosen: readonly Candidate[],
): TextLanguage {
  const votes = emptyVotes();
  for (const column of table.columns) {
    voteText(votes, `${column.group ?? ''} ${column.header} ${column.instruction ?? ''}`, 2);
  }
  for (const { shape } of analysed) for (const text of shape.texts.slice(0, 40)) voteText(votes, text);
  for (const candidate of chosen) if (candidate.match.score > 0) voteMatch(votes, candidate);
  return winner(votes);
}

export function proposeImport(
  sheet: SourceSheet,
  table: FoundSourceTable,
  options: ProposeOptions = {},
): ProposedImport {
  const lang = options.lang ?? 'en';
  const kind = options.kind ?? guessKind(sheet, table);
  const analysed = analyse(sheet, table, kind);
  // Best first over all columns: a field that takes one column goes to the column that fits it best.
  const all = analysed.flatMap((a) => a.candidates).filter((c) => c.score >= MIN_CONFIDENCE);
  all.sort((a, b) => b.score - a.score || a.column.index - b.column.index);
  const chosen = new Map<number, Candidate>();
  const takenBy = new Map<string, Candidate>();
  for (const candidate of all) {
    if (chosen.has(candidate.column.index)) continue;
    const holder = takenBy.get(candidate.target.path);
    if (holder && !candidate.target.many) continue;
    chosen.set(candidate.column.index, candidate);
    if (!holder) takenBy.set(candidate.target.path, candidate);
  }
  const language = languageOf(table, analysed, [...chosen.values()]);
  const columns = analysed.map(({ column, shape, candidates }): ColumnMapping => {
    const pick = chosen.get(column.index);
    if (pick) {
      return {
        column: column.index,
        target: { kind, path: pick.target.path },
        confidence: Math.round(pick.score * 100) / 100,
        reason: reasonOf(pick, lang, language),
      };
    }
    const best = candidates[0];
    const holder = best ? takenBy.get(best.target.path) : undefined;
    let reason: string;
    if (best && best.score >= MIN_CONFIDENCE && holder)
      reason = translate(MAPPING_REASONS, lang, 'taken', {
        field: targetLabel(best.target, lang),
        column: holder.column.header || String(holder.column.index),
      });
    else if (column.header === '' && shape.count === 0) reason = translate(MAPPING_REASONS, lang, 'empty');
    else reason = translate(MAPPING_REASONS, lang, 'noMatch', { header: column.header || column.group || '' });
    return { column: column.index, confidence: 0, reason };
  });
  return { kind, language, columns };
}

/** Each column's proposed field, confidence and reason, in column order. */
export function proposeMapping(
  sheet: SourceSheet,
  table: FoundSourceTable,
  options: ProposeOptions = {},
): ColumnMapping[] {
  return proposeImport(sheet, table, options).columns;
}

/** The language the table's texts seem to be in. */
export function guessLanguage(sheet: SourceSheet, table: FoundSourceTable): TextLanguage {
  return proposeImport(sheet, table).language;
}
