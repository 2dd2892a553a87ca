/**
 * Reads a register sheet in the authority layout (the GBA/APD model) back into the register's activities. That
 * layout is written for people, so it cannot carry every field: a cell that still says what the export wrote leaves
 * the activity as it is, and only a cell someone changed is read. Names of recipients, data categories and other
 * records are matched to the register by name; a name it does not know creates a record, reported so the DPO can
 * complete it. A row that is gone removes its activity; a row without an ID is a new activity.
 */
import { translationOf } from '../translation/translationState';
import { ENUM_LABELS } from '../catalogue/enumLabels';
import { KIND_LABELS } from '../catalogue/fieldLabels';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages';
import { activitySchema, type Activity } from '../model/activity';
import { RECORD_KINDS, type AnyRecord, type RecordKind, type Register } from '../model/register';
import { fingerprint, shortFingerprint } from '../register/canonical';
import { scopeToController } from '../register/controllerScope';
import {
  CellError,
  type CellIn,
  type CellOut,
  cellText,
  fitCell,
  isId,
  normaliseHeader,
  readAlignedLines,
  readDate,
  shortenedNote,
  utcDateToIso,
} from './cells';
import { enumCodec, legalGroundCodec, readCountry, transferMechanismCodec } from './codecs';
import {
  type AuthorityField,
  COLUMN_MAP,
  type ColumnDef,
  INTERNAL_EXTERNAL,
  NORMAL_PROCESSING,
  retentionLine,
  retentionScope,
  retentionTriggerSuffix,
} from './columnMap';
import { type RenderContext, renderContext } from './context';
import { type ImportJob, keepFormulaFields, NameIndex, namesOf, parseLeniently } from './importShared';
import type { Plain } from './paths';
import { type FoundTable, type RecognisedBook, type TableRow, tableRows } from './readWorkbook';
import { formatDuration } from '../i18n/formatDate';

/** Columns whose lines line up with a leading column are read together with it. */
const COUPLED: Partial<Record<AuthorityField, readonly AuthorityField[]>> = {
  legalGrounds: ['legalStatutes'],
  dataCategories: ['dataCategoryKinds'],
  recipients: ['recipientInternal', 'recipientLocation'],
  transfers: ['transferCountry', 'safeguards'],
  retention: ['retentionIso'],
};
const LEADER = new Map<AuthorityField, AuthorityField>(
  Object.entries(COUPLED).flatMap(([lead, rest]) => (rest ?? []).map((f) => [f, lead as AuthorityField] as const)),
);

/** The fields the register sheet can change, in column order. */
const AUTHORITY_FIELDS: readonly AuthorityField[] = COLUMN_MAP.authorityRegister.columns
  .map((c) => (c.read?.type === 'authority' ? c.read.field : undefined))
  .filter((f): f is AuthorityField => f !== undefined);

const flat = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

/** A cell or a rendered value as compared: lines trimmed, trailing blank lines dropped, dates as ISO. */
function comparable(value: CellIn | CellOut): string {
  if (value === undefined) return '';
  if (value instanceof Date) return utcDateToIso(value);
  return String(value)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

interface Row {
  table: FoundTable;
  row: TableRow;
  existing: Activity | undefined;
  /** The activity being rebuilt: the existing one itself until a change needs a copy. */
  draft: Activity;
}

export function importAuthority(
  book: RecognisedBook,
  current: Register,
  job: ImportJob,
  exportLang: UiLanguage,
): { register: Register; removedIds: Set<string> } {
  const table = book.tables.get('authorityRegister') as FoundTable;
  const sheet = table.grid.name;
  const scopeId = book.info.get('controllerId') ?? '';
  const scoped =
    scopeId !== '' && current.organisations.some((o) => o.id === scopeId)
      ? scopeToController(current, scopeId)
      : current;
  const statedFingerprint = book.info.get('fingerprint');
  if (statedFingerprint && statedFingerprint !== fingerprint(scoped)) {
    job.report(sheet, 0, '', 'fingerprintDiffers', { value: shortFingerprint(statedFingerprint) });
  }
  // Records are never changed in place (an activity is cloned before it is edited), so the arrays are copied only to
  // receive new records; cloning the whole register would cost more than the import itself.
  const register = { ...current } as Register;
  for (const kind of RECORD_KINDS) (register as unknown as Record<string, unknown[]>)[kind] = [...current[kind]];
  const render = renderContext(current, exportLang);
  const importer = new AuthorityImporter(job, register, render, sheet);

  const baseline = new Map(scoped.activities.map((a) => [a.id, a]));
  const claimable = new NameIndex();
  for (const a of scoped.activities) claimable.add(a.id, [...namesOf(a), render.text(a, 'name')]);
  const matched = new Set<string>();
  const rows: Row[] = [];

  for (const sheetRow of tableRows(table)) {
    // Who the row is comes first, with formula cells read as empty; then the row as read, formulas kept.
    const row = keepFormulaFields(table, sheetRow, undefined);
    const idText = (cellText(cellOf(job, sheet, row, 'id')) ?? '').trim().toLowerCase();
    let existing: Activity | undefined;
    if (idText !== '' && !isId(idText)) job.report(sheet, row.rowNumber, row.header('id'), 'badId', { value: idText });
    if (isId(idText) && baseline.has(idText) && !matched.has(idText)) existing = baseline.get(idText);
    else if (isId(idText) && matched.has(idText)) {
      job.report(sheet, row.rowNumber, row.header('id'), 'duplicateId', { value: idText });
      continue;
    }
    if (!existing) {
      const name = flat(cellText(cellOf(job, sheet, row, 'name')) ?? '').trim();
      const found = name === '' ? undefined : claimable.find(name);
      if (found !== undefined && found !== 'ambiguous' && !matched.has(found) && !isId(idText))
        existing = baseline.get(found);
    }
    if (existing) matched.add(existing.id);
    // An activity is copied only once a cell of its row turns out to be changed (see applyRow).
    const draft: Activity = existing
      ? existing
      : ({
          id: isId(idText) && !current.activities.some((a) => a.id === idText) ? idText : job.newId(),
          name: '',
          controllers: scopeId ? [{ organisationId: scopeId, role: 'controller' }] : [],
          purposes: [],
          legalBases: [],
          subjectCategoryIds: [],
          dataCategoryIds: [],
          sources: [],
          recipientIds: [],
          processorIds: [],
          transferIds: [],
          retention: [],
          securityMeasureIds: [],
          characteristics: [],
          status: 'draft',
        } as Activity);
    const read = keepFormulaFields(
      table,
      sheetRow,
      existing ? (key) => importer.exported(key, existing) : undefined,
      job,
    );
    const entry: Row = { table, row: read, existing, draft };
    importer.applyRow(entry);
    if (!existing && entry.draft.name === '') {
      job.report(sheet, read.rowNumber, read.header('name'), 'missingName');
      continue;
    }
    rows.push(entry);
  }
  importer.resolveReplacements(rows);

  const removedIds = new Set([...baseline.keys()].filter((id) => !matched.has(id)));
  const byId = new Map<string, Activity>();
  for (const { row, existing, draft } of rows) {
    if (draft === existing) {
      byId.set(existing.id, existing);
      continue;
    }
    const parsed = parseLeniently(activitySchema, draft as unknown as Plain, (problem) =>
      job.report(sheet, row.rowNumber, headerOf(table, problem.field), 'invalidField', { detail: problem.detail }),
    );
    if (parsed.ok) byId.set(parsed.value.id, parsed.value);
    else {
      job.report(sheet, row.rowNumber, '', existing ? 'invalidRecordKept' : 'invalidRecord', { detail: parsed.detail });
      if (existing) byId.set(existing.id, existing);
    }
  }
  // Activities that were there keep their place (with their new content); new ones follow in sheet order.
  const before = new Set(register.activities.map((a) => a.id));
  register.activities = [
    ...register.activities.filter((a) => byId.has(a.id) || !baseline.has(a.id)).map((a) => byId.get(a.id) ?? a),
    ...[...byId.values()].filter((a) => !before.has(a.id)),
  ];
  return { register, removedIds };
}

function cellOf(job: ImportJob, sheet: string, row: TableRow, key: string): CellIn {
  const cell = row.cell(key);
  if (cell instanceof CellError) {
    job.report(sheet, row.rowNumber, row.header(key), cell.reason, { value: '', ...cell.params });
    return undefined;
  }
  return cell;
}

function headerOf(table: FoundTable, field: string): string {
  const column = COLUMN_MAP.authorityRegister.columns.find(
    (c) => c.key === field || (c.key === 'subjects' && field === 'subjectCategoryIds'),
  );
  return column ? (table.columns.get(column.key)?.text ?? column.header.en) : field;
}

type NewRecord = Plain & { name: string };

class AuthorityImporter {
  private readonly indexes = new Map<RecordKind, NameIndex>();
  private readonly columns: ReadonlyMap<string, ColumnDef<Activity>>;
  private readonly replacements: { draft: Activity; name: string; row: number; column: string }[] = [];

  constructor(
    private readonly job: ImportJob,
    private readonly register: Register,
    private readonly render: RenderContext,
    private readonly sheet: string,
  ) {
    this.columns = new Map(COLUMN_MAP.authorityRegister.columns.map((c) => [c.key, c]));
  }

  private get lang(): UiLanguage {
    return this.render.lang;
  }

  private index(kind: RecordKind): NameIndex {
    let index = this.indexes.get(kind);
    if (!index) {
      index = new NameIndex();
      for (const record of this.register[kind] as AnyRecord[])
        index.add(record.id, [...namesOf(record), this.render.text(record, 'name')]);
      this.indexes.set(kind, index);
    }
    return index;
  }

  applyRow(row: Row): void {
    const done = new Set<AuthorityField>();
    for (const field of AUTHORITY_FIELDS) {
      const lead = LEADER.get(field) ?? field;
      if (done.has(lead)) continue;
      const group = [lead, ...(COUPLED[lead] ?? [])];
      const present = group.filter((f) => row.row.has(f));
      if (present.length === 0) continue;
      const changed = present.some((f) => {
        const cell = cellOf(this.job, this.sheet, row.row, f);
        const before = row.existing ? this.rendered(f, row.existing) : '';
        return comparable(cell) !== before;
      });
      done.add(lead);
      if (!changed) continue;
      const shortened = present.find((f) => this.editedShortened(f, row));
      if (shortened) {
        this.report(row, shortened, 'shortenedEdited');
        continue;
      }
      if (row.draft === row.existing) row.draft = structuredClone(row.existing);
      this.apply(lead, row);
    }
  }

  /** The whole value of a column for an activity as the register holds it. */
  private full(key: string, activity: Activity): CellOut {
    return this.columns.get(key)?.value(activity, this.render);
  }

  /** The cell the export writes in a column for an activity: the whole value, or shortened to fit a cell. */
  exported(key: string, activity: Activity): CellOut {
    return fitCell(this.full(key, activity), this.lang);
  }

  private rendered(field: AuthorityField, activity: Activity): string {
    return comparable(this.exported(field, activity));
  }

  /**
   * A cell the export shortened, edited but still ending with the note: taking it would cut the text to what the
   * cell shows, so the edit is refused and the field keeps its value. Without the note, the cell is a new text.
   */
  private editedShortened(field: AuthorityField, row: Row): boolean {
    if (!row.existing || !row.row.has(field)) return false;
    const full = this.full(field, row.existing);
    if (typeof full !== 'string' || fitCell(full, this.lang) === full) return false;
    const cell = comparable(cellOf(this.job, this.sheet, row.row, field));
    return cell.endsWith(comparable(shortenedNote(full, this.lang)));
  }

  /** The lines of a column; when the column is missing, the lines of the activity as it is. */
  private lines(field: AuthorityField, row: Row): string[] {
    if (row.row.has(field)) return readAlignedLines(cellOf(this.job, this.sheet, row.row, field));
    return row.existing ? readAlignedLines(comparable(this.full(field, row.existing))) : [];
  }

  private text(field: AuthorityField, row: Row): string {
    return comparable(cellOf(this.job, this.sheet, row.row, field));
  }

  private report(
    row: Row,
    field: AuthorityField,
    key: Parameters<ImportJob['report']>[3],
    params: Record<string, string | number> = {},
  ): void {
    this.job.report(this.sheet, row.row.rowNumber, row.row.header(field), key, params);
  }

  private read<T>(row: Row, field: AuthorityField, read: () => T): T | undefined {
    return this.job.cell(this.sheet, row.row.rowNumber, row.row.header(field), read);
  }

  /** Sets a free text: the translation when the cell showed one, else the main text. */
  private setText(holder: Plain, original: object | undefined, field: string, value: string): void {
    // The cell showed the translation when the register exports it today, or when it holds the translation as it is:
    // a workbook exported before the main text changed shows the (now outdated) translation, which must not become
    // the main text.
    const showedTranslation =
      original !== undefined &&
      (this.render.translated(original, field) || value === translationOf(original, field, this.lang));
    if (showedTranslation) {
      const i18n = (holder['i18n'] ?? {}) as Record<string, Record<string, string>>;
      const texts = i18n[this.lang] ?? {};
      if (value === '') delete texts[field];
      else texts[field] = value;
      i18n[this.lang] = texts;
      holder['i18n'] = i18n;
    } else if (value === '') delete holder[field];
    else holder[field] = value;
  }

  /** Ids of records named in a cell; unknown names create a record when `make` can, else they are reported. */
  private resolve(
    kind: RecordKind,
    names: readonly string[],
    row: Row,
    field: AuthorityField,
    make?: (name: string, i: number) => Plain | undefined,
  ): string[] {
    const out: string[] = [];
    const label = KIND_LABELS[kind].one[this.lang];
    names.forEach((raw, i) => {
      const name = raw.trim();
      if (name === '') return;
      const found = this.index(kind).find(name);
      if (found === 'ambiguous') return this.report(row, field, 'ambiguousName', { kind: label, value: name });
      if (found !== undefined) {
        if (!out.includes(found)) out.push(found);
        return;
      }
      const fields = make?.(name, i);
      if (!fields) return this.report(row, field, make ? 'cannotCreate' : 'unknownName', { kind: label, value: name });
      const record: NewRecord = { id: this.job.newId(), ...fields, name };
      (this.register[kind] as unknown as Plain[]).push(record);
      this.index(kind).add(record.id as string, [name]);
      this.report(row, field, 'createdRecord', { kind: label, value: name });
      out.push(record.id as string);
    });
    return out;
  }

  private apply(field: AuthorityField, row: Row): void {
    const { draft, existing } = row;
    const d = draft as unknown as Plain;
    const lines = (f: AuthorityField) => this.lines(f, row);
    switch (field) {
      case 'businessProcess':
      case 'owner':
      case 'description':
      case 'securityNotes':
        return this.setText(d, existing, field, this.text(field, row));
      case 'name': {
        const value = this.text(field, row);
        if (value !== '') this.setText(d, existing, 'name', value);
        return;
      }
      case 'reference': {
        const value = this.text(field, row);
        if (value === '') delete draft.reference;
        else draft.reference = value;
        return;
      }
      case 'controllers':
        return this.applyControllers(row);
      case 'purposes':
        return this.applyPurposes(row);
      case 'legalGrounds':
      case 'legalStatutes':
        return this.applyLegalBases(row);
      case 'characteristics': {
        const normal = new Set(UI_LANGUAGES.map((l) => normaliseHeader(NORMAL_PROCESSING[l])));
        const codec = enumCodec('processingCharacteristic');
        const values = lines(field)
          .filter((line) => line !== '' && !normal.has(normaliseHeader(line)))
          .map((line) => this.read(row, field, () => codec.read(line)))
          .filter((v): v is Activity['characteristics'][number] => v !== undefined);
        draft.characteristics = [...new Set(values)];
        return;
      }
      case 'dataCategories':
      case 'dataCategoryKinds': {
        const kinds = lines('dataCategoryKinds');
        const codec = enumCodec('dataCategoryKind');
        draft.dataCategoryIds = this.resolve(
          'dataCategories',
          lines('dataCategories'),
          row,
          'dataCategories',
          (_name, i) => {
            const kindText = kinds[i] ?? '';
            const kind = kindText === '' ? undefined : this.read(row, 'dataCategoryKinds', () => codec.read(kindText));
            return { kind: kind ?? 'ordinary', specialTypes: [] };
          },
        );
        return;
      }
      case 'subjects':
        draft.subjectCategoryIds = this.resolve('subjectCategories', lines(field), row, field, () => ({
          vulnerable: false,
        }));
        return;
      case 'recipients':
      case 'recipientInternal':
      case 'recipientLocation': {
        const internal = lines('recipientInternal');
        const location = lines('recipientLocation');
        const internalWords = new Set(UI_LANGUAGES.map((l) => normaliseHeader(INTERNAL_EXTERNAL.internal[l])));
        draft.recipientIds = this.resolve('recipients', lines('recipients'), row, 'recipients', (_name, i) => {
          const place = (location[i] ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
          const country = place === '' ? 'BE' : (this.read(row, 'recipientLocation', () => readCountry(place)) ?? 'BE');
          return {
            internal: internalWords.has(normaliseHeader(internal[i] ?? '')),
            category: 'other',
            country,
            legalReferenceIds: [],
          };
        });
        return;
      }
      case 'processors':
        draft.processorIds = this.resolve('processors', lines(field), row, field, () => ({
          countries: [],
          subProcessorIds: [],
        }));
        return;
      case 'transfers':
      case 'transferCountry':
      case 'safeguards': {
        const countries = lines('transferCountry');
        const safeguards = lines('safeguards');
        draft.transferIds = this.resolve('transfers', lines('transfers'), row, 'transfers', (_name, i) => {
          const place = (countries[i] ?? '').split(' – ')[0]?.trim() ?? '';
          const country = place === '' ? undefined : this.read(row, 'transferCountry', () => readCountry(place));
          if (country === undefined) return undefined;
          const ground = (safeguards[i] ?? '').split(' – ').slice(0, 2).join(' – ');
          let mechanism: string | undefined;
          try {
            mechanism = ground === '' ? undefined : transferMechanismCodec.read(ground);
          } catch {
            mechanism = undefined;
          }
          return { country, ...(mechanism ? { mechanism } : {}) };
        });
        return;
      }
      case 'retention':
      case 'retentionIso':
        return this.applyRetention(row);
      case 'securityMeasures':
        draft.securityMeasureIds = this.resolve('securityMeasures', lines(field), row, field, () => ({
          type: 'organisational',
          family: 'other',
        }));
        return;
      case 'status': {
        const value = this.text(field, row);
        const status = value === '' ? 'draft' : this.read(row, field, () => enumCodec('activityStatus').read(value));
        if (status) draft.status = status;
        return;
      }
      case 'startDate':
      case 'endDate': {
        const cell = cellOf(this.job, this.sheet, row.row, field);
        const iso = this.read(row, field, () => readDate(cell));
        if (iso === undefined) {
          if ((cellText(cell)?.trim() ?? '') === '') delete draft[field];
        } else draft[field] = iso;
        return;
      }
      case 'replacedBy': {
        const name = this.text(field, row);
        if (name === '') delete draft.replacedByActivityId;
        else this.replacements.push({ draft, name, row: row.row.rowNumber, column: row.row.header(field) });
        return;
      }
    }
  }

  private applyControllers(row: Row): void {
    const roles = new Map<string, Activity['controllers'][number]['role']>();
    for (const [role, labels] of Object.entries(ENUM_LABELS.controllerRole)) {
      for (const lang of UI_LANGUAGES)
        roles.set(normaliseHeader(labels[lang]), role as Activity['controllers'][number]['role']);
    }
    const names: string[] = [];
    const lineRoles: Activity['controllers'][number]['role'][] = [];
    for (const line of this.lines('controllers', row)) {
      if (line === '') continue;
      const match = /^(.*\S)\s*\(([^()]*)\)$/.exec(line);
      const role = match ? roles.get(normaliseHeader(match[2] as string)) : undefined;
      names.push(role && match ? (match[1] as string) : line);
      lineRoles.push(role ?? 'controller');
    }
    const controllers: Activity['controllers'] = [];
    names.forEach((name, i) => {
      const [id] = this.resolve('organisations', [name], row, 'controllers', () => ({
        kind: 'controller',
        servesOrganisationIds: [],
      }));
      if (id && !controllers.some((c) => c.organisationId === id))
        controllers.push({ organisationId: id, role: lineRoles[i] ?? 'controller' });
    });
    row.draft.controllers = controllers;
  }

  private applyPurposes(row: Row): void {
    const { draft } = row;
    const lines = this.lines('purposes', row).filter((l) => l !== '');
    const before = draft.purposes;
    const shown = before.map((p) => flat(this.render.text(p, 'description')));
    const used = new Set<number>();
    const result: (Activity['purposes'][number] | undefined)[] = lines.map((line) => {
      const i = shown.findIndex((text, j) => !used.has(j) && text === line);
      if (i < 0) return undefined;
      used.add(i);
      return before[i];
    });
    lines.forEach((line, i) => {
      if (result[i]) return;
      const original = before[i];
      if (original && !used.has(i)) {
        used.add(i);
        const updated = structuredClone(original) as unknown as Plain;
        this.setText(updated, original, 'description', line);
        result[i] = updated as unknown as Activity['purposes'][number];
      } else result[i] = { id: this.job.newId(), description: line };
    });
    draft.purposes = result.filter((p): p is Activity['purposes'][number] => p !== undefined);
    const ids = new Set(draft.purposes.map((p) => p.id));
    draft.retention = draft.retention.map((rule) => ({
      ...rule,
      purposeIds: rule.purposeIds.filter((id) => ids.has(id)),
    }));
  }

  private applyLegalBases(row: Row): void {
    const { draft } = row;
    const grounds = this.lines('legalGrounds', row);
    const statutes = this.lines('legalStatutes', row);
    const before = draft.legalBases;
    const statuteText = (basis: Activity['legalBases'][number]) =>
      basis.legalReferenceIds.map((id) => flat(this.render.name('legalReferences', id))).join('; ');
    const used = new Set<number>();
    const result: Activity['legalBases'] = [];
    grounds.forEach((line, i) => {
      if (line === '') return;
      const ground = this.read(row, 'legalGrounds', () => legalGroundCodec.read(line));
      if (!ground) return;
      const j = before.findIndex((b, k) => !used.has(k) && b.ground === ground);
      const statute = statutes[i] ?? '';
      if (j >= 0) {
        used.add(j);
        const basis = structuredClone(before[j] as Activity['legalBases'][number]);
        if (statute !== statuteText(basis)) basis.legalReferenceIds = this.statuteRefs(statute, row);
        result.push(basis);
      } else result.push({ id: this.job.newId(), ground, legalReferenceIds: this.statuteRefs(statute, row) });
    });
    draft.legalBases = result;
  }

  private statuteRefs(text: string, row: Row): string[] {
    const names = text
      .split(';')
      .map((n) => n.trim())
      .filter((n) => n !== '');
    return this.resolve('legalReferences', names, row, 'legalStatutes', () => ({ kind: 'statute' }));
  }

  private applyRetention(row: Row): void {
    const { draft } = row;
    const words = this.lines('retention', row);
    const iso = this.lines('retentionIso', row);
    const before = draft.retention;
    const count = Math.max(words.filter((w) => w !== '').length, iso.filter((p) => p !== '').length, 0);
    const result: Activity['retention'] = [];
    for (let i = 0; i < Math.max(words.length, iso.length, count); i += 1) {
      const line = words[i] ?? '';
      const periodText = (iso[i] ?? '').trim().toUpperCase();
      if (line === '' && periodText === '') continue;
      const old = before[i];
      const rule: Activity['retention'][number] = old
        ? structuredClone(old)
        : { id: this.job.newId(), purposeIds: [], dataCategoryIds: [], legalReferenceIds: [] };
      let period: string | undefined;
      if (periodText !== '') {
        period = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/.test(periodText) ? periodText : undefined;
        if (!period) this.report(row, 'retentionIso', 'badDuration', { value: periodText });
      }
      if (period) rule.period = period;
      else if (periodText === '' || !old) delete rule.period;
      const unchangedWords = old !== undefined && line === flat(retentionLine(old, draft, this.render));
      if (!unchangedWords) {
        // The words without the categories in front and the start event behind: a criterion, unless they just
        // repeat the period.
        let body = line;
        const scope = old ? `${retentionScope(old, draft, this.render)}: ` : '';
        if (scope !== '' && body.startsWith(scope)) body = body.slice(scope.length);
        const suffix = old ? retentionTriggerSuffix(old, this.render) : '';
        if (suffix !== '' && body.endsWith(suffix)) body = body.slice(0, -suffix.length);
        body = body.trim();
        const periodWords = rule.period ? formatDuration(rule.period, this.lang) : undefined;
        const oldWords = old?.period ? formatDuration(old.period, this.lang) : undefined;
        if (body !== '' && body !== '—' && body !== periodWords && body !== oldWords) {
          this.setText(
            rule as unknown as Plain,
            old,
            'criterion',
            body.replace(
              new RegExp(`^(${escapeRegExp(periodWords ?? '')}|${escapeRegExp(oldWords ?? '')}) \\((.*)\\)$`),
              '$2',
            ),
          );
        } else if (body === '' || body === '—') delete rule.criterion;
      }
      result.push(rule);
    }
    draft.retention = result;
  }

  /** "Replaced by" names an activity: one of the register or of the sheet. */
  resolveReplacements(rows: readonly Row[]): void {
    const index = new NameIndex();
    for (const { draft } of rows) index.add(draft.id, [...namesOf(draft), this.render.text(draft, 'name')]);
    for (const a of this.register.activities) index.add(a.id, namesOf(a));
    for (const { draft, name, row, column } of this.replacements) {
      const found = index.find(name);
      if (found === undefined || found === 'ambiguous') {
        this.job.report(this.sheet, row, column, found === 'ambiguous' ? 'ambiguousName' : 'unknownName', {
          kind: KIND_LABELS.activities.one[this.lang],
          value: name,
        });
      } else draft.replacedByActivityId = found;
    }
  }
}

function escapeRegExp(text: string): string {
  return text === '' ? '\u0000' : text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
