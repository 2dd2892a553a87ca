/**
 * Importing a register kept in another spreadsheet through the mapping screen (issue 15), as a DPO does it: a
 * hand-written Dutch copy of the authority's model (title rows, a merged group row, names with asterisks, an
 * instruction row, several values per cell), one mapping changed, the mapping saved under a name, applied, the
 * records found in the activities table; then a second file of the same shape mapped with the saved mapping. A
 * price list is refused with the clear message and the register stays as it was. Screenshots in Dutch and French
 * go to /tmp for a person to look at, and axe finds no serious or critical violation on the mapping screen.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  authorityStyleBook,
  delimited,
  exceljsBytes,
  priceListBook,
  registerColumns,
  type HandBook,
} from '../shared/test/foreignSpreadsheets';
import { seriousViolations, startEmpty, startWithSample } from './appModel';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function importFile(page: Page, chooseLabel: string, name: string, book: HandBook): Promise<void> {
  const buffer = Buffer.from(await exceljsBytes(book));
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: chooseLabel }).click();
  await (await choosing).setFiles({ name, mimeType: XLSX, buffer });
}

/** The same register sheet with other records: a file of the same shape, a year later. */
function nextYearBook(): HandBook {
  const book = authorityStyleBook('nl');
  const width = registerColumns('nl').length;
  const row = (cells: (string | null)[]) => [...cells, ...Array<null>(width - cells.length).fill(null)];
  return {
    sheets: book.sheets.map((sheet, i) =>
      i !== 1
        ? sheet
        : {
            ...sheet,
            rows: [
              ...sheet.rows.slice(0, 5),
              row([
                'Klantendienst',
                'Dienst Klanten',
                'KD-001',
                'Klachtenbehandeling',
                'Behandeling van klachten van leden',
                'Klachten opvolgen\nKwaliteit verbeteren',
                'Wettelijke verplichting (art. 6.1.c AVG)',
                null,
                'Leden',
                'Identificatiegegevens\nInhoud van de klacht',
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

test('a Dutch register kept by hand is imported through the mapping screen, and its saved mapping reused', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await startEmpty(page, 'nl');
  await page.getByRole('link', { name: 'Importeren', exact: true }).click();
  await importFile(page, 'Een bestand kiezen…', 'register-zorgfonds.xlsx', authorityStyleBook('nl'));

  const screen = page.getByRole('region', { name: 'De kolommen van register-zorgfonds.xlsx koppelen' });
  await expect(screen).toBeVisible();
  await expect(screen.getByLabel('Te importeren tabel')).toContainText('Blad "Register" — kop op rijen 3–5');
  await expect(screen.getByLabel('Taal van de teksten in het bestand')).toHaveValue('nl');
  await expect(screen.getByLabel('Veld voor kolom C (Verwerkingsnummer)')).toHaveValue('reference');
  await expect(screen.getByLabel('Veld voor kolom G (Rechtsgrond (art. 6 AVG))')).toHaveValue('legalBases');
  const preview = screen.getByRole('region', { name: 'De eerste records zoals ze bewaard zullen worden' });
  await expect(preview).toContainText('LA-001 Ledenbeheer');
  await expect(preview).toContainText('Beheer van het ledenbestand; Inning van bijdragen');
  await expect(preview).toContainText('Dienst Leden');
  await expect(screen.getByRole('region', { name: 'Importverslag' })).toContainText('5 rijen gelezen, 3 records');

  await page.screenshot({ path: '/tmp/mapping-nl.png', fullPage: true });
  await screen.locator('.mapping-scroll').first().screenshot({ path: '/tmp/mapping-nl-columns.png' });
  expect(await seriousViolations(page)).toEqual([]);

  // The owner is kept elsewhere: the column is ignored, and the preview follows.
  await screen.getByLabel('Veld voor kolom B (Eigenaar)').selectOption('');
  await expect(screen.locator('tr[data-column="B"] .mapping-badge')).toHaveText('door u gekozen');
  await expect(preview).not.toContainText('Dienst Leden');
  await expect(screen.getByRole('region', { name: 'Importverslag' })).toContainText('Bedrijfsproces › Eigenaar');

  await screen.getByLabel('Deze koppeling bewaren als').fill('Zorgfonds-model');
  const downloading = page.waitForEvent('download');
  await screen.getByRole('button', { name: 'De koppeling bewaren' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('mapping-zorgfonds-model.json');
  const savedMapping = JSON.parse(await readFile((await download.path()) ?? '', 'utf-8')) as {
    name: string;
    columns: { header: string; target?: { path: string } }[];
  };
  expect(savedMapping.name).toBe('Zorgfonds-model');
  expect(savedMapping.columns[1]).toEqual({ header: 'Bedrijfsproces › Eigenaar' });
  await expect(page.getByRole('region', { name: 'Bewaarde kolomkoppelingen' })).toContainText('Zorgfonds-model');

  await screen.getByRole('button', { name: 'De import toepassen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Import van register-zorgfonds.xlsx toegepast' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Verwerkingsactiviteiten', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Ledenbeheer', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Loonadministratie', exact: true })).toBeVisible();

  // A year later, a file of the same shape: mapped with the saved mapping, the owner still ignored.
  await page.getByRole('link', { name: 'Importeren', exact: true }).click();
  await importFile(page, 'Een bestand kiezen…', 'register-2025.xlsx', nextYearBook());
  const again = page.getByRole('region', { name: 'De kolommen van register-2025.xlsx koppelen' });
  await expect(again).toContainText('Gekoppeld met de bewaarde koppeling «Zorgfonds-model».');
  await expect(again.getByLabel('Veld voor kolom B (Eigenaar)')).toHaveValue('');
  await expect(again.getByRole('region', { name: 'De eerste records zoals ze bewaard zullen worden' })).toContainText(
    'KD-001 Klachtenbehandeling',
  );
  await again.getByRole('button', { name: 'De import toepassen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import van register-2025.xlsx toegepast' })).toBeVisible();
  await page.getByRole('link', { name: 'Verwerkingsactiviteiten', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Klachtenbehandeling', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ledenbeheer', exact: true })).toBeVisible();

  // The report shown before applying is kept with the import: the history gives it back.
  await page.getByRole('link', { name: 'Geschiedenis', exact: true }).click();
  const entry = page.getByRole('row').filter({ hasText: 'register-2025.xlsx' }).first();
  const reportDownload = page.waitForEvent('download');
  await entry.getByRole('button', { name: 'Importrapport bewaren' }).click();
  const kept = await reportDownload;
  const report = JSON.parse(await readFile((await kept.path()) ?? '', 'utf-8')) as {
    file: string;
    report: { rows: { records: number }; columns: { ignored: { header: string }[] }; created: { name: string }[] };
  };
  expect(report.file).toBe('register-2025.xlsx');
  expect(report.report.rows.records).toBeGreaterThan(0);
  expect(report.report.columns.ignored.map((c) => c.header)).toContain('Eigenaar');
  expect(report.report.created.map((c) => c.name)).toContain('Klachtenbehandeling');
  await expect(page.getByRole('status').filter({ hasText: 'Importrapport bewaard als' })).toBeVisible();
  await page.screenshot({ path: '/tmp/history-import-report.png' });
});

test('a price list is refused with the clear message and the register stays as it was', async ({ page }) => {
  await startWithSample(page, 'nl');
  await page.getByRole('link', { name: 'Verwerkingsactiviteiten', exact: true }).click();
  const rows = page.locator('table tbody tr');
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  await page.getByRole('link', { name: 'Importeren', exact: true }).click();
  await importFile(page, 'Een bestand kiezen…', 'prijslijst.xlsx', priceListBook());
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Dit bestand kan niet worden geïmporteerd');
  await expect(alert).toContainText('In dit bestand is geen register van verwerkingsactiviteiten gevonden');
  await expect(page.locator('.mapping-screen')).toHaveCount(0);
  await page.getByRole('link', { name: 'Verwerkingsactiviteiten', exact: true }).click();
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBe(before);
  await page.getByRole('link', { name: 'Momentopnamen', exact: true }).click();
  await expect(page.getByText('Vóór het importeren van prijslijst.xlsx')).toHaveCount(0);
});

test('the mapping screen in French reads a French register and has no serious accessibility violation', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startWithSample(page, 'fr');
  await page.getByRole('link', { name: 'Importer', exact: true }).click();
  await importFile(page, 'Choisir un fichier…', 'registre-fonds.xlsx', authorityStyleBook('fr'));
  const screen = page.getByRole('region', { name: 'Associer les colonnes de registre-fonds.xlsx' });
  await expect(screen).toBeVisible();
  await expect(screen.getByLabel('Langue des textes du fichier')).toHaveValue('fr');
  await expect(
    screen.getByRole('region', { name: 'Les premières fiches telles qu’elles seront enregistrées' }),
  ).toBeVisible();
  await expect(screen.getByRole('heading', { name: "Ce que l'import changerait" })).toBeVisible();
  await page.screenshot({ path: '/tmp/mapping-fr.png', fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await screen.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.locator('.mapping-screen')).toHaveCount(0);
});

test('a register of 45 columns scrolls inside its box, the page does not', async ({ page }) => {
  await startEmpty(page, 'en');
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  const rows = authorityStyleBook('nl').sheets[1]?.rows.slice(3) ?? [];
  const extra = Array.from({ length: 28 }, (_, i) => `Interne opmerking ${i + 1}`);
  const wide = rows.map((row, r) => [...row, ...extra.map((header) => (r === 0 ? header : r === 1 ? '' : 'x'))]);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (
    await choosing
  ).setFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(delimited(wide, ';')) });
  const screen = page.getByRole('region', { name: 'Map the columns of wide.csv' });
  await expect(screen).toContainText('45 columns');
  const box = screen.getByRole('region', { name: 'Columns of the file and the register field each one goes to' });
  await expect(box.locator('tbody tr')).toHaveCount(45);
  const sizes = await box.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  const page_ = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(page_.scroll).toBeLessThanOrEqual(page_.client);
  // The box takes the focus, so the keyboard scrolls it; every select has its own label.
  await box.focus();
  await page.keyboard.press('End');
  await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(screen.getByLabel('Field for column AS (Interne opmerking 28)')).toHaveValue('');
});
