/**
 * Finds, in a spreadsheet read by `readSourceBook`, the table of processing activities and its header, as a DPO's own
 * register lays it out: title rows above; a header over several rows (column groups in merged cells, the column names
 * with asterisks for mandatory columns and line breaks, an instruction or example row under them); columns added or
 * removed by the organisation. A row is a header by how many of its cells name register fields in any interface
 * language (`headerWords.ts`, from the fields' own words); a sheet is the register by that header, helped or hindered
 * by its name. A sheet whose header names no register field (a price list) yields no table. A sheet laid out as a
 * form (one processing per sheet, a label in one column and its value beside it, as the CNIL's "fiches") is reported
 * apart, as a form, and not as a table.
 */
import { utcDateToIso } from '../excel/cells';
import type { FieldKey } from '../model/words';
import { matchHeader, sheetNameKind, wordsOf, type FieldMatch, type SheetNameKind } from './headerWords';
import type { FoundSourceTable, MergedRange, SourceBook, SourceCell, SourceColumn, SourceSheet } from './types';

/** A found table, with what the finder saw: what kind of records the sheet seems to hold, and why. */
export interface FoundTable extends FoundSourceTable {
  /** What the sheet's name and header say it holds. */
  kind: 'activities' | 'processorActivities' | 'other';
  /** The header cells that named a register field, and which one: the finder's reasons. */
  evidence: { column: number; header: string; field: FieldKey; strength: number }[];
}

/** A sheet laid out as a form: one record, labels down one column, values beside them. */
export interface FormSheet {
  sheet: string;
  labelColumn: number;
  labels: { row: number; label: string; field: FieldKey; valueColumn: number }[];
  confidence: number;
}

export interface BookAnalysis {
  /** Best first. */
  tables: FoundTable[];
  forms: FormSheet[];
}

/** How far down a header is looked for: below title rows and an organisation's details, as in the CNIL list. */
const HEADER_SEARCH_ROWS = 40;
/** How far down a form's labels are looked for. */
const FORM_SEARCH_ROWS = 200;
/** Header cells longer than this are sentences (instructions, titles), not column names. */
const MAX_HEADER_WORDS = 14;
/** A match weaker than this is a word that happens to occur in a longer text. */
const MIN_STRENGTH = 0.3;

export function findSourceTables(book: SourceBook): FoundTable[] {
  return analyseSourceBook(book).tables;
}

export function analyseSourceBook(book: SourceBook): BookAnalysis {
  const tables: FoundTable[] = [];
  const forms: FormSheet[] = [];
  for (const sheet of book.sheets) {
    const table = findTable(sheet);
    const form = findForm(sheet);
    if (form && (!table || form.score > table.score * 1.2)) {
      forms.push(form.form);
      continue;
    }
    if (table) tables.push(table.table);
  }
  // Confidences within a percent of each other are a tie, and the sort is stable: the sheet that comes first in the
  // book wins it (a reader puts the likeliest register first).
  const percent = (x: number) => Math.round(x * 100);
  tables.sort((a, b) => percent(b.confidence) - percent(a.confidence));
  forms.sort((a, b) => percent(b.confidence) - percent(a.confidence));
  return { tables, forms };
}

// ---------------------------------------------------------------------------------------------------------------
// Cells and merges
// ---------------------------------------------------------------------------------------------------------------

function textOf(cell: SourceCell | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const text = cell instanceof Date ? utcDateToIso(cell) : String(cell);
  return text.trim() === '' ? undefined : text;
}

/** The merged ranges that touch a row, for lookups cell by cell. */
class Merges {
  constructor(private readonly ranges: readonly MergedRange[]) {}

  /** The range that holds a cell, if any. */
  at(row: number, col: number): MergedRange | undefined {
    return this.ranges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  /** True when the cell sits under a range's top-left cell (its own content is not shown). */
  covered(row: number, col: number): boolean {
    const m = this.at(row, col);
    return m !== undefined && (m.top !== row || m.left !== col);
  }

  inRow(row: number): MergedRange[] {
    return this.ranges.filter((m) => m.top <= row && m.bottom >= row);
  }
}

function lastColumn(cells: readonly (SourceCell | undefined)[] | undefined): number {
  return cells ? cells.length - 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring header rows
// ---------------------------------------------------------------------------------------------------------------

interface CellMatch extends FieldMatch {
  column: number;
  header: string;
}

/** Each field counted once, at its best: core fields fully, others half. */
function scoreOf(matches: readonly CellMatch[]): { score: number; core: number; fields: Map<FieldKey, CellMatch> } {
  const fields = new Map<FieldKey, CellMatch>();
  for (const m of matches) {
    const known = fields.get(m.field);
    if (!known || m.strength > known.strength) fields.set(m.field, m);
  }
  let score = 0;
  let core = 0;
  for (const m of fields.values()) {
    score += m.core ? m.strength : m.strength / 2;
    if (m.core) core += 1;
  }
  return { score, core, fields };
}

function headerMatch(text: string | undefined): FieldMatch | undefined {
  // An aside in parentheses ("(if applicable)") does not make a header a sentence.
  if (text === undefined || wordsOf(text.replace(/\([^)]*\)?/g, ' ')).length > MAX_HEADER_WORDS) return undefined;
  const match = matchHeader(cleanHeader(text));
  return match && match.strength >= MIN_STRENGTH ? match : undefined;
}

/**
 * The header text of each column as seen from a row: the row's own cell, or, where it is empty, the text of a
 * merged cell above that reaches down into it or of the group over it (a column named only by its group, as the
 * CNIL list's "Finalité du traitement").
 */
function effectiveHeaders(
  sheet: SourceSheet,
  merges: Merges,
  row: number,
): Map<number, { text: string; from: number }> {
  const out = new Map<number, { text: string; from: number }>();
  const cells = sheet.rows.get(row);
  const above = sheet.rows.get(row - 1);
  const width = Math.max(lastColumn(cells), lastColumn(above));
  for (let col = 1; col <= width; col += 1) {
    if (merges.covered(row, col)) {
      // Part of a cell that starts further left in this row: not a column of its own.
      const m = merges.at(row, col) as MergedRange;
      if (m.top === row || m.left !== col) continue;
      const text = textOf(sheet.rows.get(m.top)?.[m.left]);
      if (text !== undefined) out.set(col, { text, from: m.top });
      continue;
    }
    const own = textOf(cells?.[col]);
    if (own !== undefined) {
      out.set(col, { text: own, from: row });
      continue;
    }
    // An empty name cell under a group merged over it and its neighbours: the group names the column.
    const group = merges.at(row - 1, col);
    if (group && group.left === col) {
      const text = textOf(sheet.rows.get(group.top)?.[group.left]);
      if (text !== undefined) out.set(col, { text, from: group.top });
    }
  }
  return out;
}

function matchesOf(headers: Map<number, { text: string }>): CellMatch[] {
  const out: CellMatch[] = [];
  for (const [column, { text }] of headers) {
    const match = headerMatch(text);
    if (match) out.push({ ...match, column, header: text });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Instruction and example rows
// ---------------------------------------------------------------------------------------------------------------

/** Words that open an instruction or an example, in the four languages (accents and case ignored). */
const INSTRUCTION_START =
  /^(?:vul|invullen|in te vullen|geef|beschrijf|omschrijf|vermeld|kies|selecteer|bijv|bv|bijvoorbeeld|voorbeeld|a completer|completer|compl[eé]tez|indiquez|indiquer|precisez|preciser|decrivez|decrire|mentionnez|choisissez|selectionnez|renseignez|renseigner|ex|exemple|par exemple|enter|fill in|describe|specify|indicate|select|choose|list|e g|eg|example|for example|i e|geben sie|tragen sie|beschreiben sie|bitte|angeben|w[aä]hlen sie|z b|beispiel)\b/;
/** The same words anywhere in a longer text. */
const INSTRUCTION_ANYWHERE =
  /\b(?:vul (?:\w+ )*in|in te vullen|a completer|bijv|bijvoorbeeld|par exemple|e g|for example|z b|zum beispiel|indiquez|precisez|renseignez|select|selecteer|selectionnez)\b/;

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function looksLikeInstruction(text: string): boolean {
  const p = plain(text);
  if (INSTRUCTION_START.test(p)) return true;
  return p.split(' ').length >= 6 && INSTRUCTION_ANYWHERE.test(p);
}

/**
 * True when the row under the header tells how to fill the columns or shows an example rather than holding a
 * record: most of its cells are instructions ("Vul hier ... in", "à compléter", "e.g. ..."), an example marker opens
 * it ("(EXEMPLE) Gestion de la paie"), or the processing's name column holds a sentence.
 */
function isInstructionRow(
  sheet: SourceSheet,
  row: number,
  columns: readonly number[],
  nameColumn: number | undefined,
): boolean {
  const cells = sheet.rows.get(row);
  if (!cells) return false;
  const texts = columns.map((c) => cells[c]).filter((c): c is SourceCell => c !== undefined);
  if (texts.length === 0) return false;
  const first = texts[0];
  if (typeof first === 'string' && /^\(?\s*(?:exemple|example|voorbeeld|beispiel)\b/.test(plain(first))) return true;
  const strings = texts.filter((t): t is string => typeof t === 'string');
  const instructions = strings.filter(looksLikeInstruction).length;
  if (instructions * 2 >= texts.length) return true;
  const name = nameColumn === undefined ? undefined : cells[nameColumn];
  return typeof name === 'string' && plain(name).split(' ').length >= 6 && looksLikeInstruction(name);
}

// ---------------------------------------------------------------------------------------------------------------
// Group rows
// ---------------------------------------------------------------------------------------------------------------

/**
 * The group of each column when the row above the names groups them: cells merged over several columns, or short
 * labels over the first column of each group. A single text over the whole width is a title, not a group.
 */
function groupsAbove(
  sheet: SourceSheet,
  merges: Merges,
  nameRow: number,
  columns: readonly number[],
): Map<number, string> | undefined {
  const row = nameRow - 1;
  const cells = sheet.rows.get(row);
  if (!cells || columns.length === 0) return undefined;
  const first = columns[0] as number;
  const last = columns[columns.length - 1] as number;
  const texts: { col: number; text: string }[] = [];
  for (let col = first; col <= last; col += 1) {
    const text = textOf(cells[col]);
    if (text !== undefined && !merges.covered(row, col)) texts.push({ col, text });
  }
  if (texts.length === 0) return undefined;
  if (texts.some((t) => wordsOf(t.text).length > MAX_HEADER_WORDS)) return undefined;
  const rowMerges = merges.inRow(row).filter((m) => m.top === row && m.right > m.left && m.bottom < nameRow);
  const width = last - first + 1;
  if (texts.length === 1) {
    const only = rowMerges.find((m) => m.left === (texts[0] as { col: number }).col);
    // One label: a group only when merged over part of the columns; over (nearly) all of them it is a title.
    if (!only || (only.right - only.left + 1) / width >= 0.8) return undefined;
  }
  const out = new Map<number, string>();
  if (rowMerges.length > 0) {
    for (const col of columns) {
      const m = merges.at(row, col);
      const text = m ? textOf(sheet.rows.get(m.top)?.[m.left]) : textOf(cells[col]);
      // A cell merged down into the name row is the column's own header, not its group.
      if (text !== undefined && !(m && m.bottom >= nameRow)) out.set(col, text);
    }
  } else {
    // No merges: a group's label sits over its first column and reaches to the next label.
    let current: string | undefined;
    for (const col of columns) {
      current = textOf(cells[col]) ?? current;
      if (current !== undefined) out.set(col, current);
    }
  }
  return out.size > 0 ? out : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------------------------

/**
 * A header as the mapping shows it: asterisks and line breaks out, a word hyphenated over two lines whole again
 * ("Verwerkings-\nnummer" → "Verwerkingsnummer").
 */
function cleanHeader(text: string): string {
  return text
    .replace(/(\p{Ll})-[ \t]*\r?\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\(\s*\*\s*\)|\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Confidence from the header's score: about 0.6 for a name and a purpose, over 0.9 for a full register header. */
function confidenceOf(score: number): number {
  return 1 - Math.exp(-score / 2.5);
}

function nameFactor(kind: SheetNameKind | undefined): number {
  if (!kind) return 1;
  switch (kind.kind) {
    case 'activities':
    case 'processorActivities':
      return 1.25;
    case 'other':
      return 0.6;
    case 'forPeople':
      return 0.3;
  }
}

function findTable(sheet: SourceSheet): { table: FoundTable; score: number } | undefined {
  const merges = new Merges(sheet.merges);
  let best:
    { row: number; score: number; core: number; headers: Map<number, { text: string; from: number }> } | undefined;
  let seen = 0;
  for (const row of sheet.rows.keys()) {
    if (seen++ >= HEADER_SEARCH_ROWS) break;
    const headers = effectiveHeaders(sheet, merges, row);
    const { score, core, fields } = scoreOf(matchesOf(headers));
    if (fields.size < 2 || core === 0) continue;
    // A lower row that scores as well wins when it names the columns under the groups of the row above.
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && row === best.row + 1)) {
      best = { row, score, core, headers };
    }
  }
  if (!best) return undefined;
  const nameRow = best.row;
  const columns = [...best.headers.keys()].sort((a, b) => a - b);
  const groups = groupsAbove(sheet, merges, nameRow, columns);
  const headerRows = groups ? [nameRow - 1, nameRow] : [nameRow];

  const sourceColumns: SourceColumn[] = [];
  const evidence: FoundTable['evidence'] = [];
  for (const col of columns) {
    const { text, from } = best.headers.get(col) as { text: string; from: number };
    const group = groups?.get(col);
    // A column named by its group has no group of its own.
    const ownGroup = group !== undefined && from === nameRow ? cleanHeader(group) : undefined;
    const header = cleanHeader(text);
    sourceColumns.push({ index: col, header, mandatory: text.includes('*'), ...(ownGroup ? { group: ownGroup } : {}) });
    const match = headerMatch(text);
    if (match)
      evidence.push({ column: col, header, field: match.field, strength: Math.round(match.strength * 100) / 100 });
  }

  const nameColumn = evidence.find((e) => e.field === 'name')?.column;
  let firstDataRow = nameRow + 1;
  // Up to two rows under the names: an instruction row and an example row.
  for (let i = 0; i < 2 && isInstructionRow(sheet, firstDataRow, columns, nameColumn); i += 1) {
    const cells = sheet.rows.get(firstDataRow) as (SourceCell | undefined)[];
    for (const column of sourceColumns) {
      const text = textOf(cells[column.index]);
      if (text !== undefined && column.instruction === undefined) column.instruction = text.trim();
    }
    headerRows.push(firstDataRow);
    firstDataRow += 1;
  }

  // Group labels are words too ("Doel van de verwerking" over its columns): fields they add count half.
  let score = best.score;
  if (groups) {
    const named = new Set(evidence.map((e) => e.field));
    const groupFields = new Set<FieldKey>();
    for (const text of new Set(groups.values())) {
      const m = headerMatch(text);
      if (m && !named.has(m.field) && !groupFields.has(m.field)) {
        groupFields.add(m.field);
        score += (m.core ? m.strength : m.strength / 2) / 2;
      }
    }
  }
  const kind = sheetNameKind(sheet.name);
  // A register names its processings: a header without a name column is more likely a list of something else.
  const named = nameColumn !== undefined ? 1 : 0.75;
  const raw = confidenceOf(score) * named;
  const confidence = Math.min(1, raw * nameFactor(kind));
  const table: FoundTable = {
    sheet: sheet.name,
    headerRows,
    firstDataRow,
    columns: sourceColumns,
    confidence: Math.round(confidence * 1000) / 1000,
    kind:
      kind?.kind === 'activities' || kind?.kind === 'processorActivities' ? kind.kind : kind ? 'other' : 'activities',
    evidence,
  };
  return { table, score: score * named };
}

// ---------------------------------------------------------------------------------------------------------------
// Forms
// ---------------------------------------------------------------------------------------------------------------

/** Columns a form's labels are looked for in: forms put them at the left. */
const FORM_LABEL_COLUMNS = 4;

function findForm(sheet: SourceSheet): { form: FormSheet; score: number } | undefined {
  const merges = new Merges(sheet.merges);
  let best: { form: FormSheet; score: number } | undefined;
  for (let col = 1; col <= FORM_LABEL_COLUMNS; col += 1) {
    const matches: CellMatch[] = [];
    const labels: FormSheet['labels'] = [];
    let seen = 0;
    for (const [row, cells] of sheet.rows) {
      if (seen++ >= FORM_SEARCH_ROWS) break;
      const text = textOf(cells[col]);
      const match = headerMatch(text);
      if (!match || text === undefined) continue;
      matches.push({ ...match, column: col, header: text });
      const beside = merges.at(row, col);
      labels.push({ row, label: cleanHeader(text), field: match.field, valueColumn: (beside?.right ?? col) + 1 });
    }
    const { score, core, fields } = scoreOf(matches);
    if (fields.size < 4 || core < 2) continue;
    if (!best || score > best.score) {
      best = { form: { sheet: sheet.name, labelColumn: col, labels, confidence: confidenceOf(score) }, score };
    }
  }
  if (best) best.form.confidence = Math.round(best.form.confidence * 1000) / 1000;
  return best;
}
