// @vitest-environment jsdom
/**
 * The dashboard drawn from the sample register in a DOM, without a database: the counts link to their tables, the
 * findings list links to the record and field, the charts are described images with their figures, and every
 * language has its words.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../shared/i18n/languages';
import { registerSchema, type Register } from '../../shared/model';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { translationCounts } from '../../shared/translation';
import { validateRegister } from '../../shared/validation/validate';
import { I18nProvider } from '../app/i18n';
import { BarChart } from '../charts/BarChart';
import { CHART_TONES } from '../charts/palette';
import { FINDINGS_SHOWN } from './FindingsPanel';
import { DashboardView } from './DashboardScreen';
import { dashboardText, fieldName, relativeDays } from './dashboardText';

const TODAY = '2026-11-22';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

let container: HTMLDivElement;
let root: Root;

beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom has no canvas; the chart then estimates text widths (and jsdom would log "not implemented").
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  localStorage.clear();
});

function renderDashboard(register: Register, lang: UiLanguage) {
  localStorage.setItem('ropa-desk.language', lang);
  const findings = validateRegister(register, { today: TODAY });
  act(() =>
    root.render(
      <I18nProvider>
        <DashboardView register={register} findings={findings} today={TODAY} />
      </I18nProvider>,
    ),
  );
  return findings;
}

const hrefs = (selector: string) =>
  [...container.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => a.getAttribute('href'));

describe('the dashboard of the sample register', () => {
  it('shows a card per record kind, each a link to its table', () => {
    renderDashboard(sampleRegister(), 'en');
    expect(container.querySelector('h1')?.textContent).toBe('Dashboard');
    const activities = container.querySelector<HTMLAnchorElement>('a.dash-card[data-kind="activities"]');
    expect(activities?.getAttribute('href')).toBe('#/activities');
    expect(activities?.textContent).toBe('29 Processing activities');
    expect(hrefs('a.dash-card')).toHaveLength(10);
  });

  it('lists the most severe findings first, each a link to its record and field, and shows all on request', () => {
    const findings = renderDashboard(sampleRegister(), 'en');
    const items = () => [...container.querySelectorAll('.dash-finding')];
    expect(items()).toHaveLength(FINDINGS_SHOWN);
    expect(items()[0]?.querySelector('.dash-severity')?.textContent).toBe('Error');
    const first = findings.find((f) => f.severity === 'error');
    const link = items()[0]?.querySelector('a');
    expect(link?.getAttribute('href')).toBe(`#/activities/${first?.recordId}?field=${first?.field}`);

    const showAll = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === `Show all ${findings.length} findings`,
    );
    expect(showAll).toBeDefined();
    act(() => showAll?.click());
    expect(items()).toHaveLength(findings.length);
    const severities = items().map((item) => item.querySelector('.dash-severity')?.textContent);
    expect(severities.indexOf('Warning')).toBeGreaterThan(severities.lastIndexOf('Error'));
    expect(severities.indexOf('Information')).toBeGreaterThan(severities.lastIndexOf('Warning'));

    const onlyInfo = [...container.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('For information'),
    );
    act(() => onlyInfo?.click());
    expect(onlyInfo?.getAttribute('aria-pressed')).toBe('true');
    expect(new Set(items().map((item) => item.querySelector('.dash-severity')?.textContent))).toEqual(
      new Set(['Information']),
    );
  });

  it('draws every chart as a described image with a heading and its figures in a table', () => {
    const findings = renderDashboard(sampleRegister(), 'en');
    const charts = [...container.querySelectorAll('figure.bar-chart')];
    expect(charts.map((c) => c.querySelector('h3')?.textContent)).toEqual([
      'Findings by severity',
      'Processing activities per controller',
      'Transfers by country',
      'Transfers by ground (Chapter V GDPR)',
      'Translated texts per language',
    ]);
    for (const chart of charts) {
      const svg = chart.querySelector('svg[role="img"]');
      expect(svg?.getAttribute('aria-label')).toBeTruthy();
      expect(chart.querySelector('details table')).not.toBeNull();
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    expect(charts[0]?.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toContain(`Errors ${errors}`);
    // The controllers' bars lead to the organisations.
    expect(charts[1]?.querySelector('a.bar-chart-link')?.getAttribute('href')).toMatch(/^#\/organisations\//);
    expect(charts[2]?.textContent).toContain('Morocco (MA) – third country');
  });

  it('links each language into the translation workspace with what is left to do there', () => {
    const register = sampleRegister();
    // The first English purpose of CM-001 is rewritten in Dutch: its English translation is outdated now.
    const [first, ...others] = register.activities;
    if (!first) throw new Error('no activity');
    const purposes = first.purposes.map((p, i) => (i === 0 ? { ...p, description: `${p.description} (herzien)` } : p));
    renderDashboard({ ...register, activities: [{ ...first, purposes }, ...others] }, 'en');
    const english = translationCounts(register, 'en');
    const links = [...container.querySelectorAll<HTMLAnchorElement>('a[href^="#/translations"]')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#/translations?lang=fr',
      '#/translations?lang=en',
      '#/translations?lang=de',
    ]);
    expect(links[1]?.textContent).toBe(
      `Translate the ${english.missing} missing texts and revise the outdated translation`,
    );
    expect(links[1]?.getAttribute('aria-label')).toMatch(/^English \(en\): Translate the /);
    expect(links[2]?.textContent).toMatch(/^Translate the \d+ missing texts$/);
    // The chart counts the outdated translation apart, not as translated.
    expect(container.textContent).toMatch(/\d+% \(\d+ of \d+; 1 outdated\)/);
  });

  it('lists overdue reviews with their dates and links to the review date', () => {
    renderDashboard(sampleRegister(), 'en');
    const overdue = hrefs('.dash-section a[href*="field=nextReviewDate"]');
    expect(overdue.length).toBe(8);
    expect(container.textContent).toContain('20 Nov 2024');
    expect(container.textContent).toContain('No review falls due up to and including 22 Dec 2026.');
  });

  it('marks the activities with sensitive data', () => {
    renderDashboard(sampleRegister(), 'en');
    const table = [...container.querySelectorAll('table')].find(
      (t) => t.querySelector('caption')?.textContent === 'Sensitive data',
    );
    expect(table?.querySelectorAll('tbody tr').length).toBeGreaterThanOrEqual(17);
  });

  it('speaks Dutch and French, with numbers and dates in the Belgian locale', () => {
    renderDashboard(sampleRegister(), 'nl');
    expect(container.querySelector('h1')?.textContent).toBe('Dashboard');
    expect(container.textContent).toContain('Bevindingen per ernst');
    expect(container.textContent).toContain('20 nov 2024');
    act(() => root.unmount());
    root = createRoot(container);
    renderDashboard(sampleRegister(), 'fr');
    expect(container.querySelector('h1')?.textContent).toBe('Tableau de bord');
    expect(container.textContent).toContain('Constats par gravité');
    expect(container.textContent).toContain('20 nov. 2024');
  });
});

describe('the dashboard of an empty register', () => {
  it('says there is nothing to count instead of drawing empty charts', () => {
    renderDashboard(registerSchema.parse({ meta: { title: 'Leeg', mainLanguage: 'nl' } }), 'en');
    expect(container.textContent).toContain('The register names no transfers.');
    expect(container.textContent).toContain('The register has no texts to translate yet.');
    expect(container.textContent).toContain('No live activity uses sensitive data.');
  });
});

describe('the bar chart', () => {
  it('makes rows with an address keyboard-focusable links named by label, value and unit', () => {
    localStorage.setItem('ropa-desk.language', 'fr');
    act(() =>
      root.render(
        <I18nProvider>
          <BarChart
            title="Findings"
            unit="constats"
            items={[
              { label: 'Erreurs', value: 1234, href: '#/activities' },
              { label: 'Avertissements', value: 5 },
            ]}
          />
        </I18nProvider>,
      ),
    );
    const links = [...container.querySelectorAll<HTMLAnchorElement>('a.bar-chart-link')];
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#/activities', 'Erreurs: 1\u202f234 constats'],
    ]);
    expect(container.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Findings (constats): Erreurs 1\u202f234; Avertissements 5.',
    );
    expect([...container.querySelectorAll('svg text')].map((t) => t.textContent)).toContain('Avertissements');
  });

  it('stacks segments in their colours, skips empty ones, and lists them in the table', () => {
    localStorage.setItem('ropa-desk.language', 'en');
    act(() =>
      root.render(
        <I18nProvider>
          <BarChart
            title="Per controller"
            unit="activities"
            items={[
              {
                label: 'LCM',
                value: 4,
                segments: [
                  { key: 'active', label: 'Active', value: 3, tone: 'blue' },
                  { key: 'draft', label: 'Draft', value: 0, tone: 'amber' },
                  { key: 'retired', label: 'Retired', value: 1, tone: 'grey' },
                ],
              },
            ]}
            legend={[{ label: 'Active', tone: 'blue' }]}
          />
        </I18nProvider>,
      ),
    );
    const fills = [...container.querySelectorAll('svg[role="img"] rect')].map((r) => r.getAttribute('fill'));
    expect(fills).toEqual([CHART_TONES.blue.fill, CHART_TONES.grey.fill]);
    expect([...container.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Category',
      'Activities',
      'Active',
      'Draft',
      'Retired',
    ]);
    expect([...container.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['4', '3', '0', '1']);
    expect(container.querySelector('.chart-legend')?.textContent).toBe('Active');
  });

  it('says so when there is nothing to draw', () => {
    localStorage.setItem('ropa-desk.language', 'nl');
    act(() =>
      root.render(
        <I18nProvider>
          <BarChart title="Leeg" unit="stuks" items={[]} />
        </I18nProvider>,
      ),
    );
    expect(container.textContent).toContain('Niets te tonen.');
    expect(container.querySelector('svg[role="img"]')).toBeNull();
  });
});

describe('words for fields and distances in time', () => {
  it('names a finding field by its label, with or without item indexes', () => {
    expect(fieldName('nextReviewDate', 'en')).toBe('Next review');
    expect(fieldName('retention.0.period', 'nl')).toBe('Bewaartermijn');
    expect(fieldName('legalBases[1]', 'fr')).toBe('Bases juridiques');
    expect(fieldName('somethingElse', 'en')).toBe('somethingElse');
  });

  it('in German too; severities agree with their count and language names come from the platform', () => {
    const { t, date, languageName } = dashboardText('de');
    expect(t('findingsChartTitle')).toBe('Befunde nach Schweregrad');
    expect(t('severityWarning', { count: 1 })).toBe('Warnung');
    expect(t('severityWarning', { count: 3 })).toBe('Warnungen');
    expect(date('2024-11-20')).toBe('20.11.2024');
    expect(languageName('nl')).toBe('Niederländisch');
    expect(dashboardText('fr').t('severityError', { count: 0 })).toBe('Erreur');
    expect(dashboardText('fr').languageName('de')).toBe('Allemand');
  });

  it('says how far a date is in days, then months, then years', () => {
    expect(relativeDays(0, 'en')).toBe('today');
    expect(relativeDays(9, 'nl')).toBe('over 9 dagen');
    expect(relativeDays(-145, 'en')).toBe('5 months ago');
    expect(relativeDays(-732, 'fr')).toBe('il y a 2 ans');
  });
});
