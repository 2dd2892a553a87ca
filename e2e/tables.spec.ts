/**
 * The record tables: search, columns remembered, keyboard, "New", and how fast sorting, filtering and grouping answer
 * on a register of 10,000 activities loaded through Backup and restore. The timings are recorded (console and test
 * annotations), not asserted: a noisy machine must not fail the build. What the table shows is asserted.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Activity, Register } from '../shared/model';
import { emptyRegister } from '../shared/model';
import { writeRegisterFile } from '../shared/register/registerFile';
import { restoreRegisterFile, startEmpty, startWithSample } from './appModel';

// ---------------------------------------------------------------------------------------------------------------
// A seeded generator of large registers.

/** mulberry32: a small, fast, seeded generator, so every run loads the same register. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const idOf = (prefix: number, n: number) =>
  `00000000-0000-4000-8000-${prefix.toString(16).padStart(4, '0')}${n.toString(16).padStart(8, '0')}`;

/** Words used only in activity names, so a search for one of them finds exactly the activities named with it. */
const NAME_BIRDS = ['kwartel', 'zwaluw', 'merel', 'specht', 'reiger', 'fuut', 'grutto', 'kievit'] as const;
const NAME_TOPICS = [
  'ledenbeheer',
  'terugbetaling',
  'thuiszorg',
  'personeel',
  'facturatie',
  'klachten',
  'ziekenvervoer',
  'preventie',
];
const PURPOSES = [
  'Beheer van het dossier van het lid',
  'Berekening en betaling van de tegemoetkoming',
  'Opvolging van de kwaliteit van de dienstverlening',
  'Wettelijke rapportering aan de overheid',
  'Bestrijding van misbruik en fraude',
  'Statistische analyse in gepseudonimiseerde vorm',
];
const OWNERS = ['Ledendienst', 'Financiën', 'HR', 'ICT', 'Juridische dienst', 'Zorgdiensten'];
const GROUNDS = ['art6-1-b', 'art6-1-c', 'art6-1-e', 'art6-1-f', 'art9-2-b', 'art9-2-h'] as const;
const STATUSES = ['draft', 'active', 'retired'] as const;

function generateRegister(activityCount: number, seed = 20261122): Register {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(random() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const register = emptyRegister({ title: 'Generated register', mainLanguage: 'nl', organisationName: 'Testgroep' });
  register.organisations = Array.from({ length: 6 }, (_, i) => ({
    id: idOf(1, i + 1),
    name: `Ziekenfonds ${String.fromCharCode(65 + i)}`,
    kind: 'controller' as const,
    servesOrganisationIds: [],
  }));
  register.dataCategories = Array.from({ length: 24 }, (_, i) => ({
    id: idOf(2, i + 1),
    name: `Gegevenscategorie ${i + 1}`,
    kind: i % 8 === 0 ? ('special' as const) : i % 11 === 0 ? ('criminal' as const) : ('ordinary' as const),
    specialTypes: i % 8 === 0 ? ['health' as const] : [],
  }));
  register.subjectCategories = Array.from({ length: 8 }, (_, i) => ({
    id: idOf(3, i + 1),
    name: `Betrokkenen ${i + 1}`,
    vulnerable: false,
  }));
  register.recipients = Array.from({ length: 30 }, (_, i) => ({
    id: idOf(4, i + 1),
    name: `Ontvanger ${i + 1}`,
    internal: i % 5 === 0,
    category: 'public-authority' as const,
    country: 'BE',
    legalReferenceIds: [],
  }));
  register.processors = Array.from({ length: 12 }, (_, i) => ({
    id: idOf(5, i + 1),
    name: `Verwerker ${i + 1}`,
    countries: ['BE'],
    subProcessorIds: [],
    contractDate: '2024-01-15',
  }));
  register.securityMeasures = Array.from({ length: 10 }, (_, i) => ({
    id: idOf(6, i + 1),
    name: `Maatregel ${i + 1}`,
    type: 'technical' as const,
    family: 'access-control' as const,
  }));
  const controllers = register.organisations.map((o) => o.id);
  const categories = register.dataCategories.map((d) => d.id);
  register.activities = Array.from({ length: activityCount }, (_, i): Activity => {
    const n = i + 1;
    const status = pick(STATUSES);
    const year = 2024 + Math.floor(random() * 4);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    return {
      id: idOf(0x0a, n),
      reference: `GEN-${String(n).padStart(5, '0')}`,
      name: `${pick(NAME_TOPICS)} ${pick(NAME_BIRDS)} ${n}`,
      owner: pick(OWNERS),
      controllers: some(controllers, 1, 2).map((organisationId) => ({ organisationId, role: 'controller' as const })),
      purposes: some(PURPOSES, 1, 2).map((description, k) => ({ id: idOf(0x20, n * 4 + k), description })),
      legalBases: some(GROUNDS, 1, 2).map((ground, k) => ({
        id: idOf(0x21, n * 4 + k),
        ground,
        legalReferenceIds: [],
      })),
      subjectCategoryIds: some(
        register.subjectCategories.map((s) => s.id),
        1,
        2,
      ),
      dataCategoryIds: some(categories, 2, 5),
      sources: [],
      recipientIds: some(
        register.recipients.map((r) => r.id),
        0,
        3,
      ),
      processorIds: some(
        register.processors.map((p) => p.id),
        0,
        2,
      ),
      transferIds: [],
      retention: [
        {
          id: idOf(0x23, n),
          period: `P${1 + Math.floor(random() * 10)}Y`,
          purposeIds: [],
          dataCategoryIds: [],
          legalReferenceIds: [],
        },
      ],
      securityMeasureIds: some(
        register.securityMeasures.map((m) => m.id),
        1,
        3,
      ),
      characteristics: [],
      status,
      nextReviewDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    };
  });
  return register;
}

// ---------------------------------------------------------------------------------------------------------------
// Steps and measurements.

function record(name: string, ms: number | number[]): void {
  const list = Array.isArray(ms) ? ms : [ms];
  const sorted = [...list].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? (sorted[Math.floor(middle)] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  const description =
    list.length === 1
      ? `${name}: ${Math.round(median)} ms`
      : `${name}: median ${Math.round(median)} ms, first ${Math.round(list[0] ?? 0)} ms, max ${Math.round(sorted.at(-1) ?? 0)} ms (${list.length} runs)`;
  console.log(`timing — ${description}`);
  test.info().annotations.push({ type: 'timing', description });
}

/** What to do in the page: click a button (found by the start of its text), type into an input, choose in a select. */
type Action =
  { click: string; textStartsWith?: string } | { input: string; value: string } | { select: string; value: string };
/** When the table has answered: an element's text equals, or starts with, the given text. */
interface Until {
  selector: string;
  text?: string;
  prefix?: string;
  notText?: string;
}

/**
 * Time from the event to the table showing its answer, measured inside the page (no round trip to the test runner):
 * `updated` when the DOM shows it, `painted` one frame later.
 */
async function timeAction(page: Page, action: Action, until: Until): Promise<{ updated: number; painted: number }> {
  return page.evaluate(
    async ({ action, until }) => {
      const done = () => {
        const text = document.querySelector(until.selector)?.textContent ?? '';
        if (until.notText !== undefined) return text !== until.notText;
        return until.text !== undefined ? text === until.text : text.startsWith(until.prefix ?? '');
      };
      const start = performance.now();
      if ('click' in action) {
        const button = Array.from(document.querySelectorAll<HTMLElement>(action.click)).find((b) =>
          (b.textContent ?? '').startsWith(action.textStartsWith ?? ''),
        );
        if (!button) throw new Error(`nothing to click: ${action.click}`);
        button.click();
      } else if ('input' in action) {
        const input = document.querySelector<HTMLInputElement>(action.input);
        if (!input) throw new Error(`no input ${action.input}`);
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, action.value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        const select = document.querySelector<HTMLSelectElement>(action.select);
        if (!select) throw new Error(`no select ${action.select}`);
        select.value = action.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      await new Promise<void>((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        if (done()) {
          observer.disconnect();
          resolve();
        }
        setTimeout(() => reject(new Error(`the table did not answer: ${JSON.stringify(until)}`)), 20_000);
      });
      const updated = performance.now() - start;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return { updated, painted: performance.now() - start };
    },
    { action, until },
  );
}

/** Cell texts of one column of the data rows in the document, top to bottom (the rendered window of rows). */
async function columnTexts(page: Page, columnIndex: number, count: number): Promise<string[]> {
  return page.evaluate(
    ({ columnIndex, count }) =>
      Array.from(document.querySelectorAll('table.record-table tbody tr.record-row'))
        .slice(0, count)
        .map((tr) => tr.querySelectorAll('td')[columnIndex]?.textContent ?? ''),
    { columnIndex, count },
  );
}

const formatCount = (n: number) => new Intl.NumberFormat('en-BE').format(n);

// ---------------------------------------------------------------------------------------------------------------

test.describe('a register of 10,000 activities', () => {
  test.setTimeout(240_000);

  test('sorts, filters and groups quickly and correctly', async ({ page }) => {
    const count = 10_000;
    const register = generateRegister(count);
    const text = writeRegisterFile(register, { savedAt: '2026-11-22T08:00:00.000Z', generator: 'e2e/tables.spec.ts' });

    await startEmpty(page, 'en');
    await restoreRegisterFile(page, 'generated-10k.ropa.json', text);

    // First rows after the restore (the app re-reads and validates the new register), then on a second visit.
    const afterRestore = await page.evaluate(() => performance.now());
    await page.getByRole('link', { name: 'Processing activities' }).click();
    const table = page.getByRole('table', { name: 'Processing activities' });
    await expect(table.locator('tbody tr.record-row').first()).toBeVisible({ timeout: 60_000 });
    record(
      'first rows after the restore (re-read and validation included)',
      (await page.evaluate(() => performance.now())) - afterRestore,
    );
    await expect(page.getByText(`${formatCount(count)} activities`, { exact: true })).toBeVisible();
    await expect(table).toHaveAttribute('aria-rowcount', String(count + 1));
    // Only a window of the rows is in the document.
    const rendered = await table.locator('tbody tr.record-row').count();
    expect(rendered).toBeLessThan(100);
    await page.getByRole('link', { name: 'Backup and restore' }).click();
    const openMs = await page.evaluate(async () => {
      const link = Array.from(document.querySelectorAll<HTMLAnchorElement>('nav a')).find(
        (a) => a.textContent === 'Processing activities',
      );
      if (!link) throw new Error('no link');
      const start = performance.now();
      link.click();
      await new Promise<void>((resolve) => {
        const check = () =>
          document.querySelector('table.record-table tbody tr.record-row') ? resolve() : requestAnimationFrame(check);
        check();
      });
      return performance.now() - start;
    });
    record('first rows when opening the 10k table', openMs);

    // First rows after a reload: reading 10,000 records from IndexedDB, validating them, building the table.
    await page.reload();
    const reloadMs = await page.waitForFunction(
      () => (document.querySelector('table.record-table tbody tr.record-row') ? performance.now() : false),
      undefined,
      { polling: 'raf', timeout: 60_000 },
    );
    record('first rows after a reload (from navigation start)', (await reloadMs.jsonValue()) as number);

    // Measured as a person would meet it: the table has been on screen for a moment.
    await page.waitForTimeout(1500);
    const firstCell = 'table.record-table tbody tr.record-row td';
    const sortHeader: Action = {
      click: 'table.record-table th button.sort-button',
      textStartsWith: 'Processing number',
    };

    // Sort by processing number, ascending then descending; three rounds, each starting from the sort by name.
    const nameHeader: Action = { click: 'table.record-table th button.sort-button', textStartsWith: 'Name' };
    expect((await columnTexts(page, 0, 1))[0]).not.toBe('GEN-00001');
    const sorts: number[] = [];
    const sortsPainted: number[] = [];
    for (let round = 0; round < 3; round++) {
      if (round > 0) await timeAction(page, nameHeader, { selector: firstCell, notText: 'GEN-10000' });
      for (const expected of ['GEN-00001', 'GEN-10000']) {
        const ms = await timeAction(page, sortHeader, { selector: firstCell, text: expected });
        sorts.push(ms.updated);
        sortsPainted.push(ms.painted);
      }
    }
    record('sort 10k (rows updated)', sorts);
    record('sort 10k (painted)', sortsPainted);
    await expect(table.getByRole('columnheader', { name: /^Processing number/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(await columnTexts(page, 0, 5)).toEqual(['GEN-10000', 'GEN-09999', 'GEN-09998', 'GEN-09997', 'GEN-09996']);

    // A keystroke in the search box, and one in the name column's filter: each from the full table to the
    // activities whose name holds a word used only in names. Timed from the input event to the count showing it.
    const expectFor = (word: string) => {
      const n = register.activities.filter((a) => a.name.includes(word)).length;
      return `${formatCount(n)} of ${formatCount(count)} activities`;
    };
    const all = `${formatCount(count)} activities`;
    const countSelector = '.table-count';
    await expect(page.locator(countSelector)).toHaveText(all);
    const searches: number[] = [];
    const searchesPainted: number[] = [];
    for (const word of ['kwartel', 'zwaluw', 'merel']) {
      const ms = await timeAction(
        page,
        { input: '.table-search input', value: word },
        { selector: countSelector, text: expectFor(word) },
      );
      searches.push(ms.updated);
      searchesPainted.push(ms.painted);
      for (const name of await columnTexts(page, 1, 10)) expect(name).toContain(word);
      await timeAction(page, { input: '.table-search input', value: '' }, { selector: countSelector, text: all });
    }
    record('search keystroke 10k (rows updated)', searches);
    record('search keystroke 10k (painted)', searchesPainted);

    await table.getByRole('button', { name: 'Filter Name' }).click();
    const nameFilter = page.getByRole('dialog', { name: 'Filter: Name' }).getByRole('textbox', { name: 'Contains' });
    await expect(nameFilter).toBeFocused();
    const filters: number[] = [];
    for (const word of ['zwaluw', 'specht', 'reiger']) {
      const ms = await timeAction(
        page,
        { input: '[role="dialog"] input[type="text"]', value: word },
        { selector: countSelector, text: expectFor(word) },
      );
      filters.push(ms.updated);
      for (const name of await columnTexts(page, 1, 10)) expect(name).toContain(word);
    }
    record('name filter keystroke 10k (rows updated)', filters);
    await page.keyboard.press('Escape');
    await expect(table.getByRole('button', { name: 'Filter Name (filter on)' })).toBeFocused();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(page.locator(countSelector)).toHaveText(all);

    // Group by status, by controller, by legal basis (and back to no grouping in between).
    const groupSelect = '.table-group select';
    const firstGroup = 'table.record-table tbody tr.group-row';
    const groupTimes: Record<string, number[]> = { status: [], controllers: [], legalBases: [] };
    const prefixes: Record<string, string> = {
      status: '▾Status: ',
      controllers: '▾Controllers: ',
      legalBases: '▾Legal bases: ',
    };
    for (let round = 0; round < 2; round++) {
      for (const by of ['status', 'controllers', 'legalBases']) {
        const ms = await timeAction(
          page,
          { select: groupSelect, value: by },
          { selector: firstGroup, prefix: prefixes[by] ?? '' },
        );
        groupTimes[by]?.push(ms.updated);
        await timeAction(page, { select: groupSelect, value: '' }, { selector: firstCell, prefix: 'GEN-' });
      }
    }
    record('group 10k by status (rows updated)', groupTimes['status'] ?? []);
    record('group 10k by controller (rows updated)', groupTimes['controllers'] ?? []);
    record('group 10k by legal basis (rows updated)', groupTimes['legalBases'] ?? []);

    // Group headers: back to status, collapse every group to see them all, with their counts.
    await page.getByLabel('Group by').selectOption({ label: 'Status' });
    const groups = table.locator('tr.group-row');
    await expect(groups.first()).toBeVisible();
    for (let i = 0; i < 3; i++) await groups.nth(i).getByRole('button').click();
    const perStatus = (status: string) => register.activities.filter((a) => a.status === status).length;
    await expect(groups).toHaveCount(3);
    // Sorted by processing number descending, so groups appear in the order of their first row; check the set.
    const headerTexts = await groups.allTextContents();
    expect(headerTexts.map((t) => t.replace(/^▸/, '')).sort()).toEqual(
      [
        `Status: Active${formatCount(perStatus('active'))} activities`,
        `Status: Draft${formatCount(perStatus('draft'))} activities`,
        `Status: Retired${formatCount(perStatus('retired'))} activities`,
      ].sort(),
    );
  });
});

test.describe('the activities table on the sample register', () => {
  test('search finds an activity by a word of its purpose', async ({ page }) => {
    await startWithSample(page, 'en');
    const table = page.getByRole('table', { name: 'Processing activities' });
    await expect(table.getByRole('row')).toHaveCount(30);
    await page.getByRole('searchbox', { name: 'Search' }).fill('maximumfactuur');
    await expect(table.getByRole('row', { name: /Aansluiting en verzekerbaarheid/ })).toBeVisible();
    await expect(page.locator('.table-count')).toHaveText(/^\d+ of 29 activities$/);
    expect(await table.getByRole('row').count()).toBeLessThan(30);
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(table.getByRole('row')).toHaveCount(30);
  });

  test('a hidden column stays hidden after a reload, and the order is remembered', async ({ page }) => {
    await startWithSample(page, 'en');
    const table = page.getByRole('table', { name: 'Processing activities' });
    await expect(table.getByRole('columnheader', { name: /^Purposes/ })).toBeVisible();
    await page.getByRole('button', { name: 'Columns' }).click();
    const menu = page.getByRole('dialog', { name: 'Columns of the table' });
    await menu.getByRole('checkbox', { name: 'Purposes' }).uncheck();
    await menu.getByRole('button', { name: 'Move Findings left' }).click();
    await page.keyboard.press('Escape');
    await expect(table.getByRole('columnheader', { name: /^Purposes/ })).toHaveCount(0);

    await page.reload();
    await expect(table.getByRole('row')).toHaveCount(30);
    await expect(table.getByRole('columnheader', { name: /^Purposes/ })).toHaveCount(0);
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.findIndex((h) => h.startsWith('Findings'))).toBe(
      headers.findIndex((h) => h.startsWith('Next review')) - 1,
    );
  });

  test('keyboard: arrow down and Enter open the second row’s editor; / and Ctrl+F go to the search', async ({
    page,
  }) => {
    await startWithSample(page, 'en');
    const table = page.getByRole('table', { name: 'Processing activities' });
    const rows = table.locator('tbody tr.record-row');
    await expect(rows).toHaveCount(29);
    const secondHref = await rows.nth(1).getByRole('link').getAttribute('href');
    expect(secondHref).toMatch(/^#\/activities\/[0-9a-f-]{36}$/);

    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
    await rows.first().focus();
    await page.keyboard.press('Control+f');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();

    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(rows.nth(28)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(rows.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${(secondHref ?? '').replace(/[.?]/g, '\\$&')}$`));
  });

  test('sort, a column filter, findings and grouping; no accessibility violations', async ({ page }) => {
    await startWithSample(page, 'en');
    const table = page.getByRole('table', { name: 'Processing activities' });
    await expect(table.getByRole('row')).toHaveCount(30);

    await table.getByRole('button', { name: 'Name', exact: true }).click();
    await expect(table.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'descending');

    // Findings: "has errors" leaves only rows whose findings cell names an error.
    await table.getByRole('button', { name: 'Filter Findings' }).click();
    const filter = page.getByRole('dialog', { name: 'Filter: Findings' });
    await filter.getByRole('checkbox', { name: 'Has errors' }).check();
    await page.keyboard.press('Escape');
    await expect(table.getByRole('button', { name: 'Filter Findings (filter on)' })).toBeVisible();
    await expect(page.locator('.table-count')).toHaveText(/^\d+ of 29 activities$/);
    const findings = await table.locator('tbody tr.record-row td:last-child').allTextContents();
    expect(findings.length).toBeGreaterThan(0);
    for (const text of findings) expect(text).toMatch(/\d+ errors?/);

    await page.getByLabel('Group by').selectOption({ label: 'Controllers' });
    await expect(table.locator('tr.group-row').first()).toContainText('Controllers:');

    const results = await new AxeBuilder({ page }).include('.record-table-wrap').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('the table speaks Dutch and French', async ({ page }) => {
    await startWithSample(page, 'nl');
    await expect(page.getByRole('table', { name: 'Verwerkingsactiviteiten' })).toBeVisible();
    await expect(page.getByText('29 activiteiten', { exact: true })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Zoeken' })).toBeVisible();
    await page.getByLabel('Taal').selectOption('fr');
    await expect(page.getByRole('table', { name: 'Activités de traitement' })).toBeVisible();
    await expect(page.getByText('29 activités', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Activités de traitement' }).getByRole('columnheader', { name: /^Constats/ }),
    ).toBeVisible();
  });
});

test.describe('tables of the other kinds', () => {
  test('recipients: a table with "used by", and "New" creates a recipient and opens it', async ({ page }) => {
    await startWithSample(page, 'en');
    await page.getByRole('link', { name: 'Recipients' }).click();
    const table = page.getByRole('table', { name: 'Recipients' });
    await expect(page.getByText('33 recipients', { exact: true })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: /^Used by/ })).toBeVisible();

    await page.getByRole('button', { name: 'New recipient' }).click();
    await expect(page).toHaveURL(/#\/recipients\/[0-9a-f-]{36}$/);
    await page.goto('/#/recipients');
    await expect(page.getByText('34 recipients', { exact: true })).toBeVisible();
    // The register's main language is Dutch: the default name is too.
    await page.getByRole('searchbox', { name: 'Search' }).fill('Nieuwe ontvanger');
    await expect(table.getByRole('link', { name: 'Nieuwe ontvanger', exact: true })).toBeVisible();
  });
});
