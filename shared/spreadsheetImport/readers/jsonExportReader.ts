/**
 * Registers exported as JSON by another register tool, in a zip: the Dutch central government's register tool
 * (`minvws/nl-rdo-dataprocessing-register`) writes one folder per register ("AVG Verantwoordelijke Verwerkingen",
 * "AVG Verwerker Verwerkingen", "WPG Verantwoordelijke Verwerkingen") holding one JSON file per department, each an
 * array of processings with their controllers, processors, purposes with a legal ground, data subjects with their data,
 * retention and sources, recipients, transfers, security and automated decisions.
 *
 * Each register becomes one sheet with a row per processing and a column per field, headed with the field's own
 * Dutch label (the words the mapping matches exactly), several values on lines of their own. Everything after that —
 * mapping, reading legal grounds and periods in words, linking names to records, the report, the preview — is the
 * spreadsheet import's, so this tool's registers come in the way every other register does, and the DPO sees and can
 * change each column's field. What the format holds that has no field (an id, a version, attachments' file names) is
 * kept in the notes.
 */
import { enumLabel } from '../../catalogue/enumLabels';
import type { ActivityStatus } from '../../model/activity';
import { importTargets, targetLabel, type ImportKind } from '../mapping/targets';
import type { ReadSheet } from './readTypes';
import { SheetCells } from './sheetCells';
import { SpreadsheetReadError } from './readError';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const objects = (value: Json | undefined): JsonObject[] => list(value).filter(isObject);
const text = (value: Json | undefined): string =>
  typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : typeof value === 'number' ? String(value) : '';
const lines = (values: readonly string[]): string => values.filter((v) => v !== '').join('\n');
const yesNo = (value: Json | undefined): string => (value === true ? 'ja' : value === false ? 'nee' : '');

/** Whether a zip's parts are such an export: JSON files only, at least one. */
export function isJsonExport(names: readonly string[]): boolean {
  const files = names.filter((n) => !n.endsWith('/'));
  return files.length > 0 && files.every((n) => /\.json$/i.test(n));
}

/** The status the tool gives a processing, in the register's words. */
const STATUS: Readonly<Record<string, ActivityStatus>> = {
  Vastgesteld: 'active',
  InBewerking: 'draft',
  Concept: 'draft',
  Gearchiveerd: 'retired',
  Vervallen: 'retired',
};

/** Special categories as the tool flags them, named as the register's data categories are. */
const SPECIAL: Readonly<Record<string, string>> = {
  RasOfEtniciteit: 'Ras of etnische afkomst',
  PolitiekeGezindheid: 'Politieke opvattingen',
  GodsdienstOfLevensovertuiging: 'Godsdienstige of levensbeschouwelijke overtuigingen',
  LidmaatschapVakvereniging: 'Lidmaatschap van een vakbond',
  Genetisch: 'Genetische gegevens',
  Biometrisch: 'Biometrische gegevens',
  Gezondheid: 'Gezondheidsgegevens',
  SeksueleLeven: 'Seksueel gedrag of seksuele gerichtheid',
  Strafrechtelijk: 'Strafrechtelijke gegevens',
};

/** Data subjects of the police-data register, flagged rather than described. */
const WPG_SUBJECTS: Readonly<Record<string, string>> = {
  Verdachten: 'Verdachten',
  Slachtoffers: 'Slachtoffers',
  Veroordeelden: 'Veroordeelden',
  Derden: 'Derden',
};

const names = (value: Json | undefined): string[] => objects(value).map((o) => text(o['Naam']));

function flags(holder: Json | undefined, table: Readonly<Record<string, string>>): string[] {
  if (!isObject(holder)) return [];
  return Object.entries(table)
    .filter(([key]) => holder[key] === true)
    .map(([, name]) => name);
}

/**
 * A recipient as the tool describes it: often "ICTU: is opdrachtnemer voor …". The name before the colon is the
 * recipient; the whole description goes to the notes, so nothing is lost and the recipient is not cut at its commas.
 */
function recipient(description: string): { name: string; description: string } {
  const colon = description.indexOf(':');
  const name = colon > 0 && colon <= 60 ? description.slice(0, colon).trim() : description;
  return { name, description };
}

/** One processing of a controller's register (AVG or WPG) as the cells of a row, by field path. */
function activityRow(p: JsonObject): Record<string, string> {
  const subjects = objects(p['Betrokkenen']);
  const data = subjects.flatMap((s) => objects(s['Gegevens']));
  const purposes = objects(p['Doelen']);
  const security = isObject(p['Beveiliging']) ? p['Beveiliging'] : {};
  const transfer = isObject(p['Doorgifte']) ? p['Doorgifte'] : {};
  const decisions = isObject(p['Besluitvorming']) ? p['Besluitvorming'] : {};
  const status = STATUS[text(p['Status'])];
  const recipients = objects(p['Ontvangers']).map((o) => recipient(text(o['Omschrijving'])));
  const notes = [
    ...recipients.filter((r) => r.description !== r.name).map((r) => `Ontvanger: ${r.description}`),
    ...list(p['Opmerkingen']).map((o) => (isObject(o) ? text(o['Omschrijving'] ?? o['Tekst']) : text(o))),
    ...objects(p['Bijlagen']).map((b) => `Bijlage: ${text(b['Bestandsnaam'])}`),
    `Id ${text(p['Id'])}, versie ${text(p['Versie'])}, gewijzigd ${text(p['LaatsteWijzigDatum']).slice(0, 10)}`,
  ];
  return {
    name: text(p['Naam']),
    reference: text(p['Nummer']),
    status: status ? enumLabel('activityStatus', status, 'nl') : text(p['Status']),
    businessProcess: text(p['Dienst']),
    owner: lines(objects(p['Contactpersonen']).map((c) => text(c['Naam']))),
    controllers: lines(names(p['Verantwoordelijken'])),
    processorIds: lines(names(p['Verwerkers'])),
    purposes: lines(purposes.map((d) => text(d['Doel']) || text(d['Omschrijving']) || text(d['Toelichting']))),
    legalBases: lines(purposes.map((d) => text(d['Rechtsgrond']))),
    subjectCategoryIds: lines([
      ...subjects.map((s) => text(s['Omschrijving'])),
      ...flags(p['Betrokkenen'], WPG_SUBJECTS),
    ]),
    dataCategoryIds: lines([
      ...data.map((g) => text(g['Omschrijving'])),
      ...subjects.flatMap((s) => flags(s, SPECIAL)),
      ...flags(p['BijzondereGegevens'], SPECIAL),
    ]),
    retention: lines(data.map((g) => text(g['Bewaartermijn']))),
    sources: lines(data.map((g) => text(g['BronOmschrijving']))),
    'sources.fromDataSubject': lines(
      data.filter((g) => text(g['BronOmschrijving']) !== '').map((g) => yesNo(g['IsBronBetrokkene'])),
    ),
    recipientIds: lines(recipients.map((r) => r.name)),
    transferIds: transfer['BuitenEu'] === true ? text(transfer['BuitenEuOmschrijving']) : '',
    securityMeasureIds: lines(list(security['Maatregelen']).map(text)),
    securityNotes: lines([
      text(security['Pseudonimisering']) && `Pseudonimisering: ${text(security['Pseudonimisering'])}`,
      text(security['Encryptie']) && `Encryptie: ${text(security['Encryptie'])}`,
      ...list(security['Toegang']).map((t) => `Toegang: ${text(t)}`),
    ]),
    systems: lines(objects(p['Systemen']).map((s) => text(s['Omschrijving']))),
    'automatedDecision.exists': yesNo(decisions['HasBesluitvorming']),
    'automatedDecision.logic': lines([text(decisions['Logica']), text(decisions['BelangGevolgen'])]),
    notes: lines(notes),
  };
}

/** One processing of a processor's register as the cells of a row, by field path. */
function processorRow(p: JsonObject): Record<string, string> {
  const security = isObject(p['Beveiliging']) ? p['Beveiliging'] : {};
  const transfer = isObject(p['Doorgifte']) ? p['Doorgifte'] : {};
  const status = STATUS[text(p['Status'])];
  const purposes = objects(p['Doelen']).map((d) =>
    [text(d['Doel']), text(d['Rechtsgrond'])].filter((t) => t !== '').join(' — '),
  );
  return {
    name: text(p['Naam']),
    reference: text(p['Nummer']),
    status: status ? enumLabel('activityStatus', status, 'nl') : text(p['Status']),
    controllerOrganisationIds: lines(names(p['Verantwoordelijken'])),
    subProcessorIds: lines(names(p['Verwerkers'])),
    processingCategories: lines(objects(p['Categorien']).map((c) => text(c['Omschrijving']))),
    transferIds: transfer['BuitenEu'] === true ? text(transfer['BuitenEuOmschrijving']) : '',
    securityMeasureIds: lines(list(security['Maatregelen']).map(text)),
    securityNotes: lines(list(security['Toegang']).map((t) => `Toegang: ${text(t)}`)),
    notes: lines([
      ...purposes.map((d) => `Doel: ${d}`),
      ...objects(p['Ontvangers']).map((o) => `Ontvanger: ${text(o['Omschrijving'])}`),
      `Id ${text(p['Id'])}, versie ${text(p['Versie'])}`,
    ]),
  };
}

/** The register a file belongs to, from its folder: a processor's, or a controller's (AVG or WPG). */
function kindOf(path: string): ImportKind {
  return /verwerker\s+verwerkingen/i.test(path) ? 'processorActivities' : 'activities';
}

/** A header per field path: the field's Dutch label, the words the mapping knows it by. */
function headers(kind: ImportKind, paths: readonly string[]): string[] {
  const targets = importTargets(kind);
  return paths.map((path) => {
    const target = targets.find((t) => t.path === path);
    return target ? targetLabel(target, 'nl') : path;
  });
}

/**
 * The export's registers as sheets, one per folder, controllers' registers first. A file that is not JSON, or not an
 * array of processings, makes the whole export unreadable: nothing is imported from a half-read export.
 */
export function readJsonExport(files: readonly { path: string; text: string }[]): ReadSheet[] {
  const byFolder = new Map<string, { kind: ImportKind; rows: Record<string, string>[] }>();
  for (const file of files) {
    let parsed: Json;
    try {
      parsed = JSON.parse(file.text.replace(/^\uFEFF/, '')) as Json;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new SpreadsheetReadError('unreadable', { detail: `${file.path}: ${detail}` });
    }
    const processings = Array.isArray(parsed) ? parsed.filter(isObject) : [];
    if (!Array.isArray(parsed) || processings.some((p) => typeof p['Naam'] !== 'string')) {
      throw new SpreadsheetReadError('unreadable', { detail: `${file.path}: not a list of processings` });
    }
    const folder = file.path.split('/')[0] ?? file.path;
    const kind = kindOf(file.path);
    const entry = byFolder.get(folder) ?? { kind, rows: [] };
    for (const p of processings) entry.rows.push(kind === 'activities' ? activityRow(p) : processorRow(p));
    byFolder.set(folder, entry);
  }
  // A controller's register first (the GDPR one before the police-data one): the table an import takes when nobody
  // chooses, and the one a DPO most likely brings this export for.
  const ordered = [...byFolder].sort(
    ([a, x], [b, y]) => Number(x.kind !== 'activities') - Number(y.kind !== 'activities') || a.localeCompare(b),
  );
  return ordered.map(([folder, { kind, rows }]) => {
    const paths = Object.keys((kind === 'activities' ? activityRow : processorRow)({}));
    // Excel's limit on a sheet name, which the table finder and the report quote.
    const cells = new SheetCells(folder.slice(0, 31));
    headers(kind, paths).forEach((header, i) => cells.set(1, i + 1, header));
    rows.forEach((row, r) => paths.forEach((path, c) => cells.set(r + 2, c + 1, row[path] ?? '')));
    return cells.finish();
  });
}
