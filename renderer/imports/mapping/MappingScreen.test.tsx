// @vitest-environment jsdom
/**
 * The Import screen with a spreadsheet kept elsewhere, mounted over the (fake) database with the platform's file
 * dialogs spied: the mapping screen's proposals, a changed mapping rebuilding the preview and the report, a mapping
 * saved in the register's settings (and offered as JSON) and used for the next file of the same shape, Apply (one
 * snapshot, one history entry naming the file with the report's figures), refusals that leave the register as it
 * was, and the app's own workbooks still taking their own path.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest } from '../../../shared/ipc/channels';
import type { UiLanguage } from '../../../shared/i18n/languages';
import { exportWorkbook } from '../../../shared/excel';
import { sampleRegister } from '../../../shared/sample/sampleRegister';
import { fingerprint } from '../../../shared/register/canonical';
import {
  authorityStyleBook,
  delimited,
  exceljsBytes,
  priceListBook,
  registerColumns,
  windows1252,
  type HandBook,
} from '../../../shared/test/foreignSpreadsheets';
import { I18nProvider } from '../../app/i18n';
import { platform } from '../../platform/currentPlatform';
import { RegisterProvider } from '../../register/RegisterContext';
import { button, click, mount, waitFor, type Mounted } from '../../safety/domTesting';
import { db } from '../../storage/database';
import { readImportMappings } from '../../storage/registerSettings';
import { loadRegister, replaceRegister } from '../../storage/registerStore';
import { ImportScreen } from '../ImportScreen';

const mounted: Mounted[] = [];
const saved: SaveFileRequest[] = [];
let opened: { name: string; bytes: Uint8Array } | null = null;

function open(lang: UiLanguage): Mounted {
  localStorage.setItem('ropa-desk.language', lang);
  const view = mount(
    <I18nProvider>
      <RegisterProvider>
        <ImportScreen />
      </RegisterProvider>
    </I18nProvider>,
  );
  mounted.push(view);
  return view;
}

const text = (view: Mounted): string => view.container.textContent ?? '';

/** Chooses a file through the Import screen's button, as the dialog would give it. */
async function chooseFile(view: Mounted, name: string, bytes: Uint8Array, label = 'Choose a file…'): Promise<void> {
  opened = { name, bytes };
  await waitFor(() => expect(button(view.container, label).disabled).toBe(false));
  await click(button(view.container, label));
}

async function mappingScreen(view: Mounted): Promise<HTMLElement> {
  return waitFor(() => {
    const screen = view.container.querySelector<HTMLElement>('.mapping-screen');
    if (!screen) throw new Error(`no mapping screen yet: ${text(view).slice(0, 300)}`);
    return screen;
  });
}

/** The field select of a column, by its letter. */
function fieldOf(screen: HTMLElement, letter: string): HTMLSelectElement {
  const select = screen.querySelector<HTMLSelectElement>(`tr[data-column="${letter}"] select`);
  if (!select) throw new Error(`no select for column ${letter}`);
  return select;
}

function selectValue(select: HTMLSelectElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Waits until the plan was rebuilt after the last change (the status line empties) and the results show. */
async function settled(screen: HTMLElement): Promise<HTMLElement> {
  return waitFor(() => {
    expect(screen.querySelector('.mapping-status')?.textContent).toBe('');
    const results = screen.querySelector<HTMLElement>('.mapping-results');
    if (!results) throw new Error('no results yet');
    return results;
  });
}

/** The Dutch authority-style register with other records in it, the same header. */
function secondBook(): HandBook {
  const book = authorityStyleBook('nl');
  const sheet = book.sheets[1];
  if (!sheet) throw new Error('no register sheet');
  const width = registerColumns('nl').length;
  const row = (cells: (string | null)[]) => [...cells, ...Array<null>(width - cells.length).fill(null)];
  return {
    sheets: book.sheets.map((s) =>
      s !== sheet
        ? s
        : {
            ...s,
            rows: [
              ...s.rows.slice(0, 5),
              row([
                'Klantendienst',
                'Dienst Klanten',
                'KD-001',
                'Klachtenbehandeling',
                'Behandeling van klachten',
                'Klachten opvolgen',
                'Wettelijke verplichting (art. 6.1.c AVG)',
                null,
                'Leden',
                'Identificatiegegevens',
                null,
                'Ombudsdienst (intern)',
                null,
                '2 jaar',
                'Toegangsbeheer',
              ]),
            ],
          },
    ),
  };
}

beforeEach(async () => {
  saved.length = 0;
  opened = null;
  vi.spyOn(platform, 'saveFile').mockImplementation(async (request) => {
    saved.push(request);
    return { saved: true, fileName: request.suggestedName };
  });
  vi.spyOn(platform, 'openFile').mockImplementation(async () => opened);
  await db.open();
  await replaceRegister(db, sampleRegister(), { action: 'import', note: 'sample' });
});

afterEach(async () => {
  for (const view of mounted.splice(0)) view.unmount();
  vi.restoreAllMocks();
  localStorage.clear();
  await db.delete({ disableAutoOpen: false });
});

describe('the mapping screen', () => {
  it('proposes a field per column, rebuilds on a change, saves the mapping and applies with a snapshot', async () => {
    const view = open('en');
    await chooseFile(view, 'register-zorgfonds.xlsx', await exceljsBytes(authorityStyleBook('nl')));
    const screen = await mappingScreen(view);
    expect(screen.querySelector('h2')?.textContent).toBe('Map the columns of register-zorgfonds.xlsx');
    const tableChoice = screen.querySelector<HTMLSelectElement>('.mapping-choices select');
    expect(tableChoice?.selectedOptions[0]?.textContent).toBe('Sheet "Register" — header on rows 3–5, data from row 6');
    expect(screen.querySelectorAll<HTMLSelectElement>('.mapping-choices select')[1]?.value).toBe('nl');
    expect(screen.querySelectorAll('tbody tr[data-column]')).toHaveLength(17);
    // Each row: the header with its group, the field, a confidence in words, the reason and sample values.
    const numberRow = screen.querySelector('tr[data-column="C"]');
    expect(numberRow?.querySelector('.mapping-header')?.textContent).toContain('Verwerking › Verwerkingsnummer');
    expect(fieldOf(screen, 'C').value).toBe('reference');
    expect(numberRow?.querySelector('.mapping-badge')?.textContent).toBe('100% · high');
    expect(numberRow?.querySelector('.mapping-reason')?.textContent).toContain('Verwerkingsnummer');
    expect([...(numberRow?.querySelectorAll('.mapping-samples li') ?? [])].map((li) => li.textContent)).toEqual([
      'LA-001',
      'HR-001',
      'HR-002',
    ]);
    expect(screen.querySelector('label[for="mapping-field-3"]')?.textContent).toBe(
      'Field for column C (Verwerkingsnummer)',
    );
    // The select offers "Ignore this column" and the fields grouped as the editor groups them.
    const groups = [...fieldOf(screen, 'C').querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups.slice(0, 3)).toEqual([
      'The processing',
      'Purposes and legal bases',
      'Data subjects and personal data',
    ]);
    expect(fieldOf(screen, 'C').options[0]?.textContent).toBe('Ignore this column');

    let results = await settled(screen);
    const first = results.querySelector('.mapping-record');
    expect(first?.querySelector('h4')?.textContent).toContain('LA-001 Ledenbeheer');
    expect(first?.textContent).toContain('Beheer van het ledenbestand; Inning van bijdragen');
    expect(first?.textContent).toContain('Art. 6(1)(c)');
    expect(first?.textContent).toContain('Dienst Leden');
    expect(results.querySelector('[data-kind="activities"]')?.textContent).toBe('Processing activities30');
    expect(results.textContent).toContain('What the import would change');

    // The owner column is not for the register: ignored, the preview and the report follow.
    selectValue(fieldOf(screen, 'B'), '');
    expect(screen.querySelector('tr[data-column="B"] .mapping-badge')?.textContent).toBe('chosen by you');
    results = await settled(screen);
    expect(results.querySelector('.mapping-record')?.textContent).not.toContain('Dienst Leden');
    expect(results.querySelector('.mapping-ignored')?.textContent).toContain('Bedrijfsproces › Eigenaar');

    // Saved under a name: in the register's settings, and offered as a JSON file.
    typeInto(screen.querySelector<HTMLInputElement>('.mapping-save input') as HTMLInputElement, 'Zorgfonds-model');
    await click(button(screen, 'Save the mapping'));
    await waitFor(() => expect(text(view)).toContain('Mapping «Zorgfonds-model» saved in the register’s settings.'));
    const stored = await readImportMappings(db);
    expect(stored.map((m) => m.name)).toEqual(['Zorgfonds-model']);
    expect(stored[0]?.columns[1]).toEqual({ header: 'Bedrijfsproces › Eigenaar' });
    expect(stored[0]?.columns[2]).toEqual({
      header: 'Verwerking › Verwerkingsnummer',
      target: { kind: 'activities', path: 'reference' },
    });
    const file = await waitFor(() => {
      const request = saved.find((r) => r.suggestedName === 'mapping-zorgfonds-model.json');
      if (!request) throw new Error('not offered yet');
      return request;
    });
    expect(JSON.parse(file.data as string)).toEqual(stored[0]);

    // The report as JSON.
    await click(button(screen, 'Save the report (JSON)'));
    const report = await waitFor(() => {
      const request = saved.find((r) => r.suggestedName === 'register-zorgfonds-import-report.json');
      if (!request) throw new Error('not offered yet');
      return JSON.parse(request.data as string) as { file: string; report: { rows: { records: number } } };
    });
    expect(report.file).toBe('register-zorgfonds.xlsx');
    expect(report.report.rows.records).toBe(3);

    const before = await loadRegister(db);
    await click(button(screen, 'Apply the import'));
    await waitFor(() => expect(text(view)).toContain('Import of register-zorgfonds.xlsx applied.'));
    expect(view.container.querySelector('.mapping-screen')).toBeNull();
    const after = await loadRegister(db);
    expect(after.activities.length).toBe(before.activities.length + 3);
    const imported = after.activities.find((a) => a.reference === 'LA-001');
    expect(imported?.name).toBe('Ledenbeheer');
    expect(imported?.owner).toBeUndefined();
    const snapshots = await db.snapshots.toArray();
    expect(snapshots.map((s) => s.name)).toEqual(['Before importing register-zorgfonds.xlsx']);
    expect(snapshots[0]?.fingerprint).toBe(fingerprint(before));
    const history = await db.history.toArray();
    expect(history.at(-1)?.note).toBe(
      'register-zorgfonds.xlsx — records created: 14, updated: 0; columns mapped: 16, ignored: 1; values not understood: 0',
    );
    // The report stays available after applying.
    saved.length = 0;
    await click(button(view.container, 'Save the report (JSON)'));
    await waitFor(() => expect(saved[0]?.suggestedName).toBe('register-zorgfonds-import-report.json'));
    expect(JSON.parse(saved[0]?.data as string)).toHaveProperty('appliedAt');

    // The next file of the same shape is mapped with the saved mapping, the change kept.
    await chooseFile(view, 'register-2025.xlsx', await exceljsBytes(secondBook()));
    const again = await mappingScreen(view);
    expect(again.querySelector('.mapping-saved-used')?.textContent).toBe(
      'Mapped with the saved mapping «Zorgfonds-model».',
    );
    expect(fieldOf(again, 'B').value).toBe('');
    expect(fieldOf(again, 'C').value).toBe('reference');
    await settled(again);
    await click(button(again, 'Apply the import'));
    await waitFor(() => expect(text(view)).toContain('Import of register-2025.xlsx applied.'));
    const last = await loadRegister(db);
    expect(last.activities.find((a) => a.reference === 'KD-001')).toMatchObject({ name: 'Klachtenbehandeling' });
    expect(last.activities.find((a) => a.reference === 'KD-001')?.owner).toBeUndefined();
  });

  it('imports into a new register on request and reads a semicolon CSV in Windows-1252', async () => {
    const view = open('nl');
    const rows = authorityStyleBook('nl').sheets[1]?.rows.slice(3) ?? [];
    await chooseFile(view, 'register.csv', windows1252(delimited(rows, ';')), 'Een bestand kiezen…');
    const screen = await mappingScreen(view);
    await settled(screen);
    const radios = screen.querySelectorAll<HTMLInputElement>('.mapping-into input[type="radio"]');
    await click(radios[1] as HTMLInputElement);
    await settled(screen);
    await click(button(screen, 'De import toepassen'));
    await waitFor(() => expect(text(view)).toContain('Import van register.csv toegepast.'));
    const after = await loadRegister(db);
    expect(after.activities.map((a) => a.reference).sort()).toEqual(['HR-001', 'HR-002', 'LA-001']);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('offers the other tables found, and a saved mapping chosen for a file it does not fit', async () => {
    const view = open('en');
    await chooseFile(view, 'registre.xlsx', await exceljsBytes(authorityStyleBook('fr')));
    let screen = await mappingScreen(view);
    await settled(screen);
    // "N° du traitement" is the processing number, "Nom du traitement" its name.
    expect(fieldOf(screen, 'C').value).toBe('reference');
    expect(fieldOf(screen, 'D').value).toBe('name');
    // Changed by hand and saved: the business-process column left out.
    selectValue(fieldOf(screen, 'A'), '');
    typeInto(screen.querySelector<HTMLInputElement>('.mapping-save input') as HTMLInputElement, 'Registre FR');
    await click(button(screen, 'Save the mapping'));
    await waitFor(() => expect(text(view)).toContain('Mapping «Registre FR» saved'));

    // Another table of the book: its columns are proposed afresh, and it holds no processing activity.
    const tables = screen.querySelector<HTMLSelectElement>('.mapping-choices select') as HTMLSelectElement;
    expect([...tables.options].map((o) => o.textContent)).toEqual([
      'Sheet "Registre" — header on rows 3–5, data from row 6',
      'Sheet "Listes" — header on row 1, data from row 2',
    ]);
    selectValue(tables, '1');
    expect(screen.querySelectorAll('tbody tr[data-column]')).toHaveLength(2);
    await waitFor(() =>
      expect(screen.querySelector('[role="alert"]')?.textContent).toContain('This file cannot be imported'),
    );
    expect(button(screen, 'Apply the import').disabled).toBe(true);
    selectValue(tables, '0');
    await settled(screen);
    // The saved mapping fits the register sheet and is used again when it is chosen back.
    expect(screen.querySelector('.mapping-saved-used')?.textContent).toBe(
      'Mapped with the saved mapping «Registre FR».',
    );
    expect(fieldOf(screen, 'A').value).toBe('');
    expect(fieldOf(screen, 'C').value).toBe('reference');

    // The language of the texts is the DPO's call: changed, the plan is rebuilt with it.
    const language = screen.querySelectorAll<HTMLSelectElement>('.mapping-choices select')[1] as HTMLSelectElement;
    selectValue(language, 'en');
    expect(screen.querySelector('.mapping-status')?.textContent).toBe('Updating the preview…');
    await settled(screen);

    // A saved mapping used for a file of another shape: said how much of it fits.
    await chooseFile(view, 'register.xlsx', await exceljsBytes(authorityStyleBook('nl')));
    screen = await mappingScreen(view);
    expect(screen.querySelector('.mapping-saved-used')).toBeNull();
    await click(button(view.container, 'Use for this file'));
    await waitFor(() => expect(text(view)).toContain('The mapping «Registre FR» knows 0% of this file’s columns'));
    screen = await mappingScreen(view);
    expect(screen.querySelector('.mapping-saved-used')?.textContent).toBe(
      'Mapped with the saved mapping «Registre FR».',
    );
    expect(fieldOf(screen, 'C').value).toBe('');
  });

  it('refuses a price list with the clear message and leaves the register as it was', async () => {
    const view = open('nl');
    const before = fingerprint(await loadRegister(db));
    await chooseFile(view, 'prijslijst.xlsx', await exceljsBytes(priceListBook()), 'Een bestand kiezen…');
    const alert = await waitFor(() => {
      const found = view.container.querySelector('[role="alert"]');
      if (!found) throw new Error('no alert yet');
      return found;
    });
    expect(alert.textContent).toContain('Dit bestand kan niet worden geïmporteerd');
    expect(alert.textContent).toContain('In dit bestand is geen register van verwerkingsactiviteiten gevonden');
    expect(alert.textContent).toContain('Prijslijst 2024');
    expect(view.container.querySelector('.mapping-screen')).toBeNull();
    expect(fingerprint(await loadRegister(db))).toBe(before);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('refuses an unreadable file with the reader’s message', async () => {
    const view = open('fr');
    await chooseFile(view, 'registre.csv', new Uint8Array(0), 'Choisir un fichier…');
    const alert = await waitFor(() => {
      const found = view.container.querySelector('[role="alert"]');
      if (!found) throw new Error('no alert yet');
      return found;
    });
    expect(alert.textContent).toMatch(/^Ce fichier ne peut pas être importé : .+/);
    expect(view.container.querySelector('.mapping-screen')).toBeNull();
  });

  it('leaves the app’s own workbooks on their own path', async () => {
    const view = open('en');
    const register = await loadRegister(db);
    const bytes = await exportWorkbook(register, {
      lang: 'en',
      layout: 'authority',
      exportedAt: new Date(),
      today: '2025-01-01',
    });
    await chooseFile(view, 'export.xlsx', bytes);
    await waitFor(() => expect(text(view)).toContain('Layout recognised: authority'));
    expect(view.container.querySelector('.mapping-screen')).toBeNull();
  });

  it('loads a mapping from a JSON file, refuses a file that is not one, and deletes it', async () => {
    const view = open('en');
    await waitFor(() => expect(text(view)).toContain('No mapping has been saved yet.'));
    await chooseFile(view, 'notes.json', new TextEncoder().encode('not json'), 'Load a mapping from a JSON file…');
    await waitFor(() =>
      expect(text(view)).toContain('The file notes.json is not a saved column mapping: it is not JSON text.'),
    );
    const mapping = {
      format: 'ropa-import-mapping',
      version: 1,
      name: 'CNIL',
      headers: ['Nom du traitement'],
      columns: [{ header: 'Nom du traitement', target: { kind: 'activities', path: 'name' } }],
      language: 'fr',
    };
    await chooseFile(
      view,
      'bad.json',
      new TextEncoder().encode(JSON.stringify({ ...mapping, language: 'xx' })),
      'Load a mapping from a JSON file…',
    );
    await waitFor(() => expect(text(view)).toContain('the field "language" is missing or not valid.'));
    await chooseFile(view, 'other.json', new TextEncoder().encode('{"a":1}'), 'Load a mapping from a JSON file…');
    await waitFor(() => expect(text(view)).toContain('it is not a column mapping saved by RoPA Desk'));
    expect(await readImportMappings(db)).toEqual([]);

    await chooseFile(
      view,
      'cnil.json',
      new TextEncoder().encode(JSON.stringify(mapping)),
      'Load a mapping from a JSON file…',
    );
    await waitFor(() => expect(text(view)).toContain('Mapping «CNIL» loaded.'));
    expect(await readImportMappings(db)).toEqual([mapping]);
    await waitFor(() => expect(text(view)).toContain('1 column, texts in French'));
    await click(button(view.container, 'Delete'));
    await waitFor(() => expect(text(view)).toContain('Mapping «CNIL» deleted.'));
    expect(await readImportMappings(db)).toEqual([]);
  });
});
