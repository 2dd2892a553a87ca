/**
 * The Excel export in its two layouts. "authority" is what the Belgian authority's own model looks like and is made
 * for people (legal staff, auditors, the GBA/APD); "complete" holds every field of every record and reads back into
 * the same register, fingerprint for fingerprint. Both are built from the column map, so what is written is what
 * the importer expects to find.
 */
import { translationCounts } from '../translation/translationTasks';
import { enumLabel } from '../catalogue/enumLabels';
import { legalGroundLabel, LEGAL_GROUND_CODES } from '../catalogue/legalGrounds';
import { TRANSFER_MECHANISM_CODES, transferMechanismLabel } from '../catalogue/transferMechanisms';
import { formatIsoDate } from '../i18n/formatDate';
import type { UiLanguage } from '../i18n/languages';
import { translate } from '../i18n/translate';
import {
  ACTIVITY_STATUSES,
  DATA_CATEGORY_KINDS,
  PROCESSING_CHARACTERISTICS,
  RECORD_KINDS,
  type AnyRecord,
  type Organisation,
  type RecordKind,
  type Register,
} from '../model';
import { fingerprint, shortFingerprint } from '../register/canonical';
import { countRecords } from '../register/compare';
import { scopeToController } from '../register/controllerScope';
import { countBySeverity, validateRegister } from '../validation/validate';
import { safeSheetName, utcDateToIso, xlsxText, type CellOut } from './cells';
import { languageName } from '../i18n/languages';
import { internalFieldKeys, type Edition } from '../model/recordFields';
import { YES_NO } from './codecs';
import {
  authorityRegisterColumns,
  COLUMN_MAP,
  type ControllerRow,
  INFO_SHEET,
  INTERNAL_EXTERNAL,
  KIND_KEY_LABELS,
  LAYOUT_TABLES,
  type Layout,
  NORMAL_PROCESSING,
  OTHER_SHEETS,
  type TableDef,
} from './columnMap';
import { renderContext, type RenderContext } from './context';
import { newWorkbook, type Workbook, workbookBytes } from './excelIo';
import { SHEET_TEXTS, type SheetTextKey } from './messages';
import {
  LINE_HEIGHT,
  STYLES,
  type PrintOptions,
  printSetup,
  wrappedLines,
  writeKeyValueSheet,
  writeTableSheet,
} from './sheetWriter';
import { translationRows } from './translations';

export interface ExcelExportOptions {
  /** Language of headers, labels and sheet names; register texts use their translation into it when there is one. */
  lang: UiLanguage;
  layout: Layout;
  /** Limit the export to one controller (see scopeToController). */
  controllerId?: string;
  /** Name of the snapshot the register comes from, printed on the cover. */
  snapshotName?: string;
  exportedAt: Date;
  /** YYYY-MM-DD: the date the findings on the cover are computed for. */
  today: string;
  /**
   * The authority layout leaves internal fields out unless `internal` is asked for. The complete layout always holds
   * every field (it is what comes back in), so it always counts as internal and says so.
   */
  edition?: Edition;
}

/** Identifies the workbook for the importer; kept on a hidden sheet. */
export const WORKBOOK_FORMAT = 'ropa-desk-workbook';
export const WORKBOOK_VERSION = 1;

export async function exportWorkbook(register: Register, options: ExcelExportOptions): Promise<Uint8Array> {
  const scoped = options.controllerId ? scopeToController(register, options.controllerId) : register;
  const ctx = renderContext(scoped, options.lang);
  const fp = fingerprint(scoped);
  const workbook = newWorkbook();
  const title = ctx.text(scoped.meta, 'title');
  workbook.creator = 'RoPA Desk';
  workbook.lastModifiedBy = 'RoPA Desk';
  workbook.title = title;
  workbook.created = options.exportedAt;
  workbook.modified = options.exportedAt;
  const t = (key: SheetTextKey, params?: Record<string, string | number>) =>
    translate(SHEET_TEXTS, options.lang, key, params);
  const internal = options.layout === 'complete' || options.edition === 'internal';
  const footerParts = [
    internal ? t('internalEdition') : undefined,
    title,
    options.snapshotName,
    `${formatIsoDate(utcDateToIso(options.exportedAt), options.lang, 'short')}`,
    shortFingerprint(fp),
  ];
  const print: PrintOptions = { footer: footerParts.filter((p): p is string => Boolean(p)) };
  const job: ExportJob = { workbook, register: scoped, ctx, options, fingerprint: fp, print, taken: new Set(), t };

  if (options.layout === 'authority') writeAuthority(job);
  else writeComplete(job);

  const info = workbook.addWorksheet(INFO_SHEET, { state: 'hidden' });
  const infoRows: [string, string][] = [
    ['format', WORKBOOK_FORMAT],
    ['version', String(WORKBOOK_VERSION)],
    ['layout', options.layout],
    ['lang', options.lang],
    ['mainLanguage', scoped.meta.mainLanguage],
    ['controllerId', options.controllerId ?? ''],
    ['fingerprint', fp],
    ['exportedAt', options.exportedAt.toISOString()],
  ];
  infoRows.forEach(([key, value], i) => {
    info.getCell(i + 1, 1).value = key;
    info.getCell(i + 1, 2).value = xlsxText(value);
  });
  return workbookBytes(workbook);
}

interface ExportJob {
  workbook: Workbook;
  register: Register;
  ctx: RenderContext;
  options: ExcelExportOptions;
  fingerprint: string;
  print: PrintOptions;
  taken: Set<string>;
  t: (key: SheetTextKey, params?: Record<string, string | number>) => string;
}

function sheetName(job: ExportJob, wanted: string): string {
  const name = safeSheetName(wanted, job.taken);
  job.taken.add(name);
  return name;
}

function writeTable<R>(job: ExportJob, table: TableDef<R>, rows: readonly R[], dropDowns?: Record<string, string>) {
  return writeTableSheet(job.workbook, {
    name: sheetName(job, table.sheet[job.options.lang]),
    table,
    rows,
    ctx: job.ctx,
    print: job.print,
    ...(dropDowns ? { dropDowns } : {}),
    // The complete layout must read back exactly; the authority layout is read by people.
    overflow: job.options.layout === 'complete' ? 'continue' : 'shorten',
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Authority layout
// ---------------------------------------------------------------------------------------------------------------

function controllerRows(job: ExportJob): ControllerRow[] {
  const { register, options } = job;
  const orgs = register.organisations.filter((o) => o.kind === 'controller' || o.kind === 'joint-controller');
  if (options.controllerId) {
    orgs.sort((a, b) => Number(b.id === options.controllerId) - Number(a.id === options.controllerId));
  }
  const dpos = register.organisations.filter((o) => o.kind === 'dpo');
  return orgs.map((organisation) => ({
    organisation,
    dpos: dpos.filter((d) => d.servesOrganisationIds.length === 0 || d.servesOrganisationIds.includes(organisation.id)),
  }));
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function writeAuthority(job: ExportJob): void {
  const { lang } = job.options;
  // The lists sheet comes after the register but the validations need its name: it is reserved first.
  const listsName = sheetName(job, OTHER_SHEETS.lists[lang]);
  const controllersSheet = writeTable(job, COLUMN_MAP.authorityControllers, controllerRows(job), {
    yesNo: `${quoteSheet(listsName)}!$B$2:$B$3`,
  });
  // Internal fields (the owner, and what the DPO marked) stay out of the authority's copy unless asked for.
  const edition = job.options.edition ?? 'standard';
  const internal = internalFieldKeys(job.register.meta.internalFields);
  const registerTable = { ...COLUMN_MAP.authorityRegister, columns: authorityRegisterColumns(edition, internal) };
  const registerSheet = writeTable(job, registerTable, job.register.activities, {
    status: `${quoteSheet(listsName)}!$A$2:$A$${ACTIVITY_STATUSES.length + 1}`,
  });
  writeLists(job, listsName);
  writeInstructions(job, controllersSheet.name, registerSheet.name);
}

function writeLists(job: ExportJob, name: string): void {
  const { lang } = job.options;
  const columns: [string, string[]][] = [
    [
      COLUMN_MAP.authorityRegister.columns.find((c) => c.key === 'status')?.header[lang] ?? 'Status',
      ACTIVITY_STATUSES.map((s) => enumLabel('activityStatus', s, lang)),
    ],
    [`${YES_NO.yes[lang]} / ${YES_NO.no[lang]}`, [YES_NO.yes[lang], YES_NO.no[lang]]],
    [
      COLUMN_MAP.authorityRegister.columns.find((c) => c.key === 'characteristics')?.header[lang] ?? '',
      [
        NORMAL_PROCESSING[lang],
        ...PROCESSING_CHARACTERISTICS.map((c) => enumLabel('processingCharacteristic', c, lang)),
      ],
    ],
    [
      COLUMN_MAP.authorityRegister.columns.find((c) => c.key === 'legalGrounds')?.header[lang] ?? '',
      LEGAL_GROUND_CODES.map((g) => legalGroundLabel(g, lang)),
    ],
    [
      COLUMN_MAP.authorityRegister.columns.find((c) => c.key === 'dataCategoryKinds')?.header[lang] ?? '',
      DATA_CATEGORY_KINDS.map((k) => enumLabel('dataCategoryKind', k, lang)),
    ],
    [
      COLUMN_MAP.authorityRegister.columns.find((c) => c.key === 'recipientInternal')?.header[lang] ?? '',
      [INTERNAL_EXTERNAL.internal[lang], INTERNAL_EXTERNAL.external[lang]],
    ],
    [
      COLUMN_MAP.authorityRegister.columns.find((c) => c.key === 'safeguards')?.header[lang] ?? '',
      TRANSFER_MECHANISM_CODES.map((m) => transferMechanismLabel(m, lang)),
    ],
  ];
  const sheet = job.workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2' }],
  });
  columns.forEach(([header, values], c) => {
    const head = sheet.getCell(1, c + 1);
    head.value = xlsxText(header);
    head.style = STYLES.header;
    values.forEach((value, r) => {
      const cell = sheet.getCell(r + 2, c + 1);
      cell.value = xlsxText(value);
      cell.style = STYLES.text;
    });
    sheet.getColumn(c + 1).width = Math.min(60, Math.max(14, ...values.map((v) => v.length + 2)));
  });
  // Row heights from the wrapped values, as on the other sheets.
  const widths = columns.map((_, c) => sheet.getColumn(c + 1).width ?? 14);
  const rowCount = Math.max(...columns.map(([, values]) => values.length));
  for (let r = 0; r <= rowCount; r += 1) {
    const texts = columns.map(([header, values]) => (r === 0 ? header : (values[r - 1] ?? '')));
    const lines = Math.max(...texts.map((text, c) => wrappedLines(text, widths[c] as number)));
    sheet.getRow(r + 1).height = lines * LINE_HEIGHT + 3;
  }
  printSetup(sheet, 1, job.print);
}

function writeInstructions(job: ExportJob, controllersName: string, registerName: string): void {
  const { t, options } = job;
  const paragraphs: (readonly [string, CellOut])[] = [
    ['1', t('instructions1', { controllers: controllersName, register: registerName })],
    ['2', t('instructions2')],
    ['3', t('instructions3')],
    ['4', t('instructions4', { normal: NORMAL_PROCESSING[options.lang] })],
    ['5', t('instructions5')],
    ['6', t('instructions6')],
    ['7', t('instructions7')],
    ['8', t('instructions8', { date: exportedAtText(options), fingerprint: job.fingerprint })],
  ];
  const sheet = writeKeyValueSheet(
    job.workbook,
    sheetName(job, OTHER_SHEETS.instructions[options.lang]),
    paragraphs,
    t('instructionsTitle'),
    [4, 110],
    job.print,
    options.lang,
  );
  // The red header the instructions speak of, as a legend.
  const legend = sheet.getCell(paragraphs.length + 4, 2);
  legend.value = xlsxText(t('mandatoryLegend'));
  legend.style = STYLES.mandatoryHeader;
  const untranslated = untranslatedLegend(job);
  if (untranslated) {
    const cell = sheet.getCell(paragraphs.length + 5, 2);
    cell.value = xlsxText(untranslated);
    cell.style = STYLES.fallbackText;
  }
}

/**
 * The legend of the marked cells, with how many texts of the exported register fall back to the main language (the
 * count the export screen announced); undefined when every text is in the export language.
 */
function untranslatedLegend(job: ExportJob): string | undefined {
  const { register, options, t } = job;
  const main = register.meta.mainLanguage;
  if (options.lang === main) return undefined;
  // The texts this workbook shows: every field in the complete layout, the edition's in the authority layout.
  const counts = translationCounts(
    register,
    options.lang,
    options.layout === 'complete' ? 'internal' : (options.edition ?? 'standard'),
  );
  const count = counts.missing + counts.outdated;
  if (count === 0) return undefined;
  return t('untranslatedLegend', {
    count,
    language: `${languageName(options.lang, options.lang)} (${options.lang})`,
    main: `${languageName(main, options.lang)} (${main})`,
  });
}

function exportedAtText(options: ExcelExportOptions): string {
  return `${formatIsoDate(utcDateToIso(options.exportedAt), options.lang, 'long')} ${options.exportedAt.toISOString().slice(11, 16)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Complete layout
// ---------------------------------------------------------------------------------------------------------------

function writeComplete(job: ExportJob): void {
  writeCover(job);
  const { register } = job;
  for (const id of LAYOUT_TABLES.complete) {
    if (id === 'meta') writeTable(job, COLUMN_MAP.meta, [register.meta]);
    else if (id === 'translations') writeTable(job, COLUMN_MAP.translations, translationRows(register, job.ctx));
    else if (id === 'authorityControllers' || id === 'authorityRegister') continue;
    else writeTable(job, COLUMN_MAP[id] as TableDef<AnyRecord>, register[id] as AnyRecord[]);
  }
}

function writeCover(job: ExportJob): void {
  const { register, ctx, options, t } = job;
  const lang = options.lang;
  const controllers = register.organisations.filter((o) => o.kind === 'controller' || o.kind === 'joint-controller');
  const dpos = register.organisations.filter((o) => o.kind === 'dpo');
  const dpoLine = (d: Organisation) =>
    [d.contactPerson, ctx.text(d, 'name'), d.email, d.phone].filter(Boolean).join(' – ');
  const scopeOrg = options.controllerId ? register.organisations.find((o) => o.id === options.controllerId) : undefined;
  const counts = countRecords(register);
  const findings = countBySeverity(validateRegister(register, { today: options.today }));
  const untranslated = untranslatedLegend(job);
  // A cover line that shows a main-language text for want of a translation is marked as the sheets' cells are.
  ctx.takeFallback();
  const marked = (label: string, value: string | undefined): readonly [string, CellOut, object?] =>
    ctx.takeFallback() ? [label, value, STYLES.fallbackText] : [label, value];
  const rows: (readonly [string, CellOut, object?])[] = [
    marked(t('organisation'), register.meta.organisationName ? ctx.text(register.meta, 'organisationName') : undefined),
    marked(t('controllers'), controllers.map((o) => ctx.text(o, 'name')).join('\n') || undefined),
    marked(t('dpo'), dpos.map(dpoLine).join('\n') || undefined),
    [t('exportedAt'), options.exportedAt],
    [t('fingerprint'), job.fingerprint],
    [t('snapshot'), options.snapshotName ?? t('liveRegister')],
    marked(t('scope'), scopeOrg ? t('scopeOne', { name: ctx.text(scopeOrg, 'name') }) : t('scopeAll')),
    [t('exportLanguage'), languageName(lang, lang)],
    [t('mainLanguage'), languageName(register.meta.mainLanguage, lang)],
    ...(untranslated ? [['', untranslated, STYLES.fallbackText] as const] : []),
    [t('edition'), t('internalEdition')],
    ['', undefined],
    [t('counts'), t('count'), STYLES.label],
    ...RECORD_KINDS.map((kind: RecordKind) => [KIND_KEY_LABELS[kind][lang], String(counts[kind])] as const),
    ['', undefined],
    [t('findings', { today: formatIsoDate(options.today, lang, 'long') }), t('count'), STYLES.label],
    [t('error'), String(findings.error)],
    [t('warning'), String(findings.warning)],
    [t('info'), String(findings.info)],
    ['', undefined],
    ['', t('coverNote')],
  ];
  writeKeyValueSheet(
    job.workbook,
    sheetName(job, OTHER_SHEETS.cover[lang]),
    rows,
    `${t('coverTitle')}\n${ctx.text(register.meta, 'title')}`,
    [36, 90],
    job.print,
    lang,
  );
}
