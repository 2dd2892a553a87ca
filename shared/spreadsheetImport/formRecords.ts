/**
 * Sheets laid out as forms — one processing per sheet, labels down a column and values beside them, as the CNIL's
 * "fiches de registre" — read as records. The table finder reports such sheets (`FormSheet`: each label with the
 * field it names); here each form's values are laid out as a small table that `buildRegister` reads like any other:
 * one column per field, the form's own row numbers, so the report names the form's rows. The column of each value
 * in the form is kept apart, so the report can name the form's cells too.
 *
 * A form groups some fields in sections: a heading row after an empty row, its label naming a list field and
 * sub-headings beside it ("Destinataires | Type de destinataire | … | Précisions"), then one row per item until the
 * next empty row ("Destinataire 1 | Service interne qui traite les données | … | Dir. financière"). Sub-headings
 * that name a part of the field (a transfer's country, safeguard, documentation) or the retention feed those; the
 * others give the item's name. A form without a processing name (an empty template) makes no record.
 */
import { cellText, normaliseHeader } from '../excel/cells';
import type { TextLanguage, UiLanguage } from '../i18n/languages';
import { translate } from '../i18n/translate';
import type { FieldKey } from '../model/words';
import { MAPPING_REASONS } from './build/messages';
import { matchColumn } from './mapping/headerMatch';
import { emptyVotes, voteText, winner } from './mapping/language';
import { findTarget, importTargets, targetLabel, type ImportKind, type ImportTarget } from './mapping/targets';
import type { FormSheet } from './tableFinder';
import type {
  ColumnMapping,
  FieldTarget,
  FoundSourceTable,
  SourceBook,
  SourceCell,
  SourceColumn,
  SourceSheet,
} from './types';

/** One value read from a form: where it stood and the field it feeds. */
export interface FormValue {
  row: number;
  /** The sheet column the value stood in. */
  column: number;
  /** The form's label (or section and sub-heading) that named the field. */
  label: string;
  target: FieldTarget;
}

/** A form with a processing name, ready to build: one record. */
export interface FormRecord {
  /** The form's sheet. */
  sheet: string;
  name: string;
  reference?: string;
  /** The form's values as a table: a sheet named as the form's, one column per field, the form's row numbers. */
  source: SourceSheet;
  table: FoundSourceTable;
  /** Each column of `table` with its field. */
  columns: ColumnMapping[];
  /** The sheet column of each cell of `source`, by `row:column`, for the report. */
  origin: ReadonlyMap<string, number>;
  values: FormValue[];
}

export interface FormReading {
  records: FormRecord[];
  /** Form sheets with values but no processing name (an unfilled template), by sheet name: not read. */
  unnamed: string[];
}

/** A value as it will stand in the form's table. */
interface Entry {
  row: number;
  column: number;
  label: string;
  target: ImportTarget;
  cell: SourceCell;
}

/** What a section's sub-heading column gives each item. */
type Role =
  | { kind: 'name' }
  | { kind: 'details' }
  | { kind: 'part'; target: ImportTarget }
  | { kind: 'retention'; target: ImportTarget };

interface Section {
  label: string;
  target: ImportTarget;
  roles: Map<number, { role: Role; heading: string }>;
}

/** Sub-headings that add details to an item rather than name it: "Précisions", "Toelichting", "Details". */
const DETAILS =
  /^(?:precisions?|details?|toelichting|opmerkingen?|remarques?|commentaires?|comments?|notes?|bemerkungen?|erlauterungen?|anmerkungen?|specificaties?|specifications?)$/;
/** A value that asks for the details column instead of naming the item: "Autre (préciser)", "Other (specify)". */
const OTHER_SPECIFY = /^(?:autres?|other|others|ander|andere|anders|sonstige?s?|overige?)\b/;
/** A sub-heading that gives the kind of item rather than its name: "Type de destinataire", "Soort ontvanger". */
const TYPE_HEADING = /^(?:type|soort|art|categorie|category|kategorie)\b/;
/** A label that numbers a placeholder row ("Destinataire 1", "Sous-finalité 2"): the item's name is beside it. */
const NUMBERED = /\d+\s*$/;
/** Words of a recipient's type that say it is internal or a processor, in the four languages. */
const PROCESSOR_TYPE = /\b(?:sous traitants?|processors?|verwerkers?|auftragsverarbeiter|subprocessors?)\b/;
const INTERNAL_TYPE = /\b(?:internes?|intern|internal|interner|interne dienst)\b/;

/** Below this, a sub-heading names no part of the section's field. */
const ROLE_THRESHOLD = 0.5;

function textOf(cell: SourceCell | undefined): string {
  return (cellText(cell) ?? '').replace(/\r\n?/g, '\n').trim();
}

/** The non-empty cells right of a column, by column. */
function cellsRightOf(cells: readonly (SourceCell | undefined)[], column: number): Map<number, SourceCell> {
  const out = new Map<number, SourceCell>();
  for (let col = column + 1; col < cells.length; col += 1) {
    const cell = cells[col];
    if (cell !== undefined && textOf(cell) !== '') out.set(col, cell);
  }
  return out;
}

function targetOf(kind: ImportKind, field: FieldKey | undefined): ImportTarget | undefined {
  return field === undefined ? undefined : findTarget({ kind, path: field });
}

/** The role of each sub-heading of a section: a part of its field, the retention, details, or the item's name. */
function sectionRoles(
  kind: ImportKind,
  label: string,
  target: ImportTarget,
  headings: ReadonlyMap<number, SourceCell>,
): Section['roles'] {
  const candidates = importTargets(kind).filter(
    (t) => t.path === target.path || t.parent === target.path || t.path === 'retention',
  );
  const roles: Section['roles'] = new Map();
  for (const [col, cell] of headings) {
    const heading = textOf(cell).replace(/\s+/g, ' ');
    if (DETAILS.test(normaliseHeader(heading))) {
      roles.set(col, { role: { kind: 'details' }, heading });
      continue;
    }
    const column: SourceColumn = { index: col, header: heading, group: label, mandatory: false };
    let best: { target: ImportTarget; score: number } | undefined;
    for (const candidate of candidates) {
      const score = matchColumn(column, candidate, target.path).score;
      if (!best || score > best.score) best = { target: candidate, score };
    }
    let role: Role = { kind: 'name' };
    if (best && best.score >= ROLE_THRESHOLD && best.target.path !== target.path)
      role =
        best.target.path === 'retention'
          ? { kind: 'retention', target: best.target }
          : { kind: 'part', target: best.target };
    roles.set(col, { role, heading });
  }
  return roles;
}

/** The mark a recipient's type adds to its name, for the party reader: "(processor)", "(internal)", "(external)". */
function recipientMark(type: string): string {
  const key = normaliseHeader(type);
  if (PROCESSOR_TYPE.test(key)) return 'processor';
  if (INTERNAL_TYPE.test(key)) return 'internal';
  return 'external';
}

/** The values of one item row of a section; none when the row is empty beside its label. */
function itemEntries(
  section: Section,
  row: number,
  label: { text: string; column: number },
  cells: readonly (SourceCell | undefined)[],
): Entry[] {
  const names: { column: number; text: string; heading: string }[] = [];
  const details: { column: number; text: string }[] = [];
  const out: Entry[] = [];
  const retention: { column: number; text: string; heading: string; target: ImportTarget }[] = [];
  for (const [column, { role, heading }] of section.roles) {
    const cell = cells[column];
    const text = textOf(cell);
    if (cell === undefined || text === '') continue;
    if (role.kind === 'name') names.push({ column, text, heading });
    else if (role.kind === 'details') details.push({ column, text });
    else if (role.kind === 'part')
      out.push({ row, column, label: `${section.label} › ${heading}`, target: role.target, cell });
    else retention.push({ column, text, heading, target: role.target });
  }
  if (names.length + details.length + out.length + retention.length === 0) return [];
  const detail = details.map((d) => d.text).join('; ');
  const first = details[0];
  let name: { column: number; text: string } | undefined;
  const type =
    section.target.path === 'recipientIds'
      ? names.find((n) => TYPE_HEADING.test(normaliseHeader(n.heading)))
      : undefined;
  if (type) {
    // The CNIL's "Type de destinataire" says what kind of recipient it is; the other columns name it, if filled.
    const named = names.find((n) => n !== type) ?? first ?? type;
    name = { column: named.column, text: `${named === first ? detail : named.text} (${recipientMark(type.text)})` };
  } else if (names[0] && !(first && OTHER_SPECIFY.test(normaliseHeader(names[0].text)))) {
    // Details beside a name stay with it, in brackets, rather than being lost.
    name = { column: names[0].column, text: first ? `${names[0].text} (${detail})` : names[0].text };
  } else if (first) name = { column: first.column, text: detail };
  else if (!NUMBERED.test(label.text)) name = { column: label.column, text: label.text };
  if (name) {
    out.unshift({ row, column: name.column, label: section.label, target: section.target, cell: name.text });
  }
  for (const r of retention) {
    // "RIB: 5 ans" — the period of this item, which the retention reader ties to the data category of that name.
    const scoped = name && section.target.path === 'dataCategoryIds' ? `${name.text}: ${r.text}` : r.text;
    out.push({ row, column: r.column, label: `${section.label} › ${r.heading}`, target: r.target, cell: scoped });
  }
  return out;
}

/**
 * The values of one form: simple labels (a value beside the label) and the items of its sections. Undefined when
 * the form holds no value at all.
 */
function formEntries(sheet: SourceSheet, form: FormSheet, kind: ImportKind): Entry[] {
  const labels = new Map(form.labels.map((l) => [l.row, l]));
  const rows = [...sheet.rows.keys()].sort((a, b) => a - b);
  const entries: Entry[] = [];
  let section: Section | undefined;
  rows.forEach((row, i) => {
    const cells = sheet.rows.get(row) as (SourceCell | undefined)[];
    const label = textOf(cells[form.labelColumn]).replace(/\s+/g, ' ');
    const known = labels.get(row);
    const target = targetOf(kind, known?.field);
    const startsBlock = i === 0 || rows[i - 1] !== row - 1;
    if (startsBlock) section = undefined;
    if (startsBlock && label !== '' && target?.many) {
      const headings = cellsRightOf(cells, known?.valueColumn !== undefined ? known.valueColumn - 1 : form.labelColumn);
      const next = rows[i + 1] === row + 1 ? sheet.rows.get(row + 1) : undefined;
      const nextLabel = next ? textOf(next[form.labelColumn]) : '';
      const nextField = labels.get(row + 1)?.field;
      const nextIsItem =
        nextLabel !== '' && (nextField === undefined || nextField === known?.field || NUMBERED.test(nextLabel));
      if (headings.size > 0 && nextIsItem) {
        section = { label, target, roles: sectionRoles(kind, label, target, headings) };
        return;
      }
    }
    if (section && label !== '') {
      // A row that names another field, and is no numbered placeholder, ends the section.
      const other = known !== undefined && known.field !== section.target.path && !NUMBERED.test(label);
      if (!other) {
        entries.push(...itemEntries(section, row, { text: label, column: form.labelColumn }, cells));
        return;
      }
      section = undefined;
    }
    if (!known || !target) return;
    const cell = cells[known.valueColumn];
    if (cell === undefined || textOf(cell) === '') return;
    entries.push({ row, column: known.valueColumn, label: known.label, target, cell });
  });
  return entries;
}

function readForm(
  sheet: SourceSheet,
  form: FormSheet,
  kind: ImportKind,
  lang: UiLanguage,
): FormRecord | 'unnamed' | undefined {
  const entries = formEntries(sheet, form, kind);
  if (entries.length === 0) return undefined;
  const nameEntry = entries.find((e) => e.target.path === 'name');
  const name = nameEntry ? textOf(nameEntry.cell).replace(/\s+/g, ' ') : '';
  if (name === '') return 'unnamed';
  const referenceEntry = entries.find((e) => e.target.path === 'reference');
  const reference = referenceEntry ? textOf(referenceEntry.cell).replace(/\s+/g, ' ') : '';

  // One table column per field, in the order the form first names them.
  const columnOf = new Map<string, number>();
  const columns: SourceColumn[] = [];
  const mapping: ColumnMapping[] = [];
  for (const entry of entries) {
    if (columnOf.has(entry.target.path)) continue;
    const index = columns.length + 1;
    columnOf.set(entry.target.path, index);
    // Each row of a form gives one value: "Noms, prénoms, adresses" is one category, as the DPO wrote it.
    columns.push({ index, header: entry.label, mandatory: false, oneValue: true });
    mapping.push({
      column: index,
      target: { kind, path: entry.target.path },
      confidence: form.confidence,
      reason: translate(MAPPING_REASONS, lang, 'formLabel', {
        label: entry.label,
        field: targetLabel(entry.target, lang),
      }),
    });
  }
  const rows = new Map<number, (SourceCell | undefined)[]>();
  const origin = new Map<string, number>();
  const put = (row: number, col: number, cell: SourceCell, from: number) => {
    const cells = rows.get(row) ?? [];
    const known = cells[col];
    // Two values of one field on one row (two sub-headings naming the same part) are two lines of the cell.
    cells[col] = known === undefined ? cell : `${textOf(known)}\n${textOf(cell)}`;
    rows.set(row, cells);
    if (!origin.has(`${row}:${col}`)) origin.set(`${row}:${col}`, from);
  };
  for (const entry of entries) put(entry.row, columnOf.get(entry.target.path) as number, entry.cell, entry.column);
  // The name and number stand on every row, so each row belongs to this record whatever the order of the form.
  for (const [row, cells] of rows) {
    for (const single of [nameEntry, referenceEntry]) {
      if (!single || single.row === row) continue;
      const col = columnOf.get(single.target.path) as number;
      cells[col] = single.cell;
      origin.set(`${row}:${col}`, single.column);
    }
  }
  const ordered = new Map([...rows.entries()].sort(([a], [b]) => a - b));
  const source: SourceSheet = { name: sheet.name, rows: ordered, merges: [], cleaned: [] };
  const firstRow = ordered.keys().next().value as number;
  const table: FoundSourceTable = {
    sheet: sheet.name,
    headerRows: [],
    firstDataRow: firstRow,
    columns,
    confidence: form.confidence,
  };
  const cleanedRows = new Set(sheet.cleaned.map((c) => `${c.row}:${c.col}`));
  for (const entry of entries)
    if (cleanedRows.has(`${entry.row}:${entry.column}`))
      source.cleaned.push({ row: entry.row, col: columnOf.get(entry.target.path) as number });
  return {
    sheet: sheet.name,
    name,
    ...(reference ? { reference } : {}),
    source,
    table,
    columns: mapping,
    origin,
    values: entries.map((e) => ({
      row: e.row,
      column: e.column,
      label: e.label,
      target: { kind, path: e.target.path },
    })),
  };
}

/** Each form of the book read as a record (forms without a processing name are listed apart). */
export function readForms(
  book: SourceBook,
  forms: readonly FormSheet[],
  kind: ImportKind,
  lang: UiLanguage = 'en',
): FormReading {
  const records: FormRecord[] = [];
  const unnamed: string[] = [];
  for (const form of forms) {
    const sheet = book.sheets.find((s) => s.name === form.sheet);
    if (!sheet) continue;
    const read = readForm(sheet, form, kind, lang);
    if (read === 'unnamed') unnamed.push(form.sheet);
    else if (read) records.push(read);
  }
  return { records, unnamed };
}

/** The language the forms are written in, from their labels and values (when no table says it). */
export function formsLanguage(records: readonly FormRecord[], fallback: TextLanguage): TextLanguage {
  const votes = emptyVotes();
  for (const record of records) {
    for (const value of record.values) voteText(votes, value.label, 2);
    for (const cells of record.source.rows.values())
      for (const cell of cells) if (typeof cell === 'string') voteText(votes, cell);
  }
  return winner(votes, fallback);
}
