/**
 * The workspace's row model on a small register where every text can be checked by eye: which texts each filter
 * lists, the counts, the controllers offered, how a row names its place and where it links, and how a translation
 * is written into a record's list item without touching the others.
 */
import { describe, expect, it } from 'vitest';
import { languageNameInText } from '../../shared/i18n/languages';
import { registerSchema, type Activity, type Register } from '../../shared/model';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { sourceStamp, translationState, translationTexts, type TranslationTask } from '../../shared/translation';
import { holderIn } from '../../shared/translation';
import { sourceUnchanged, withChange } from './saveTranslation';
import {
  controllerOptions,
  controllersOf,
  editorHref,
  itemPosition,
  rowHeading,
  textStart,
  todoCounts,
  workspaceRows,
} from './workspaceRows';

const id = (prefix: string, n: number) => `${prefix.padEnd(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const ORG = { fund: id('0a', 1), alliance: id('0a', 2), unused: id('0a', 3) };
const ACT = { membership: id('ac', 1), marketing: id('ac', 2) };
const PURPOSE = { identify: id('ac', 101), rights: id('ac', 102) };
const BASIS = id('ac', 201);
const PROC_ACT = id('ba', 1);
const RECIPIENT = id('3e', 1);

function testRegister(): Register {
  return registerSchema.parse({
    meta: { title: 'Register', mainLanguage: 'nl', description: 'Het register', i18n: { fr: { title: 'Registre' } } },
    organisations: [
      { id: ORG.fund, name: 'Ziekenfonds', kind: 'controller' },
      { id: ORG.alliance, name: 'Alliantie', kind: 'joint-controller' },
      { id: ORG.unused, name: 'Zonder activiteit', kind: 'controller' },
    ],
    activities: [
      {
        id: ACT.membership,
        reference: 'CM-001',
        name: 'Aansluiting',
        controllers: [{ organisationId: ORG.fund, role: 'controller' }],
        purposes: [
          {
            id: PURPOSE.identify,
            description: 'Leden identificeren',
            i18n: { fr: { description: 'Identifier les membres' } },
            i18nSource: { fr: { description: sourceStamp('Leden identificeren') } },
          },
          {
            id: PURPOSE.rights,
            description: 'Rechten op terugbetaling beheren',
            i18n: { fr: { description: 'Gérer les droits (ancienne version)' } },
            i18nSource: { fr: { description: sourceStamp('Rechten beheren') } },
          },
        ],
        legalBases: [{ id: BASIS, ground: 'art6-1-c', explanation: 'Wettelijke verplichting' }],
        i18n: { fr: { name: 'Affiliation' } },
      },
      {
        id: ACT.marketing,
        name: 'Marketing',
        controllers: [{ organisationId: ORG.alliance, role: 'joint-controller' }],
      },
    ],
    processorActivities: [
      {
        id: PROC_ACT,
        name: 'Verwerking voor derden',
        controllerOrganisationIds: [ORG.alliance],
        processingCategories: [{ id: id('ba', 101), description: 'Opslag' }],
      },
    ],
    recipients: [{ id: RECIPIENT, name: 'RIZIV', internal: false, category: 'public-authority', country: 'BE' }],
  });
}

const register = testRegister();
const french = translationTexts(register, 'fr');
const keysOf = (tasks: readonly TranslationTask[]) => tasks.map((task) => task.key);
const find = (field: string, itemId?: string) => {
  const task = french.find((t) => t.field === field && (itemId === undefined || t.itemId === itemId));
  if (!task) throw new Error(`no text ${field}`);
  return task;
};

describe('the rows a filter lists', () => {
  it('lists what is missing and outdated, and each state on its own', () => {
    const all = workspaceRows(french, { state: 'todo' });
    // meta description, legal basis explanation, Marketing, three organisations, the processor activity and its
    // category, the recipient: 9 missing; the second purpose: 1 outdated. Current texts are not listed.
    expect(all).toHaveLength(10);
    expect(all.every((task) => task.state !== 'current')).toBe(true);
    expect(workspaceRows(french, { state: 'missing' })).toHaveLength(9);
    expect(keysOf(workspaceRows(french, { state: 'outdated' }))).toEqual([
      `activities/${ACT.membership}/purposes[${PURPOSE.rights}].description`,
    ]);
    expect(todoCounts(french)).toEqual({ missing: 9, outdated: 1 });
  });

  it('keeps the texts saved during the visit where they were, whatever their state now', () => {
    const current = french.find((t) => t.recordId === ACT.membership && t.field === 'name');
    if (!current) throw new Error('no name');
    expect(current.state).toBe('current');
    const rows = workspaceRows(french, { state: 'outdated' }, new Set([current.key]));
    expect(keysOf(rows)).toEqual([current.key, `activities/${ACT.membership}/purposes[${PURPOSE.rights}].description`]);
  });

  it('filters by kind, the register details included', () => {
    expect(workspaceRows(french, { kind: 'meta', state: 'todo' }).map((t) => t.field)).toEqual(['description']);
    expect(workspaceRows(french, { kind: 'organisations', state: 'todo' })).toHaveLength(3);
    expect(todoCounts(french, { kind: 'activities' })).toEqual({ missing: 2, outdated: 1 });
  });

  it('filters by controller: activities and processor activities of that organisation only', () => {
    const alliance = workspaceRows(french, { controller: ORG.alliance, state: 'todo' });
    expect(alliance.map((t) => [t.kind, t.record?.name, t.field])).toEqual([
      ['activities', 'Marketing', 'name'],
      ['processorActivities', 'Verwerking voor derden', 'name'],
      ['processorActivities', 'Verwerking voor derden', 'description'],
    ]);
    const fund = workspaceRows(french, { controller: ORG.fund, state: 'todo' });
    expect(fund.map((t) => t.field)).toEqual(['description', 'explanation']);
    expect(workspaceRows(french, { controller: ORG.unused, state: 'todo' })).toEqual([]);
  });

  it('ignores the controller for a kind that has none, as the screen says', () => {
    expect(workspaceRows(french, { kind: 'recipients', controller: ORG.fund, state: 'todo' })).toHaveLength(1);
    expect(controllersOf('recipients', register.recipients[0])).toEqual([]);
    expect(controllersOf('meta', undefined)).toEqual([]);
  });

  it('offers the organisations that are some activity’s controller, by name', () => {
    expect(controllerOptions(register, 'nl')).toEqual([
      { id: ORG.alliance, name: 'Alliantie' },
      { id: ORG.fund, name: 'Ziekenfonds' },
    ]);
  });
});

describe('how a row names its place', () => {
  it('names list items by their position, in the interface language', () => {
    const rights = find('description', PURPOSE.rights);
    expect(itemPosition(rights)).toBe(2);
    expect(rowHeading(rights, 'en')).toEqual({
      name: 'CM-001 Aansluiting',
      kind: 'Processing activity',
      field: 'Purpose 2',
    });
    expect(rowHeading(rights, 'fr').field).toBe('Finalité 2');
    expect(rowHeading(find('explanation'), 'en').field).toBe('Legal basis 1 · Explanation');
    expect(rowHeading(find('explanation'), 'de').field).toBe('Rechtsgrundlage 1 · Erläuterung');
    const category = french.find((t) => t.list === 'processingCategories');
    expect(category && rowHeading(category, 'nl')).toEqual({
      name: 'Verwerking voor derden',
      kind: 'Verwerkersactiviteit',
      field: 'Categorie van verwerking 1',
    });
  });

  it('calls the metadata the register details and links it to the settings', () => {
    const meta = workspaceRows(french, { kind: 'meta', state: 'todo' })[0];
    expect(meta && rowHeading(meta, 'en')).toEqual({
      name: 'Register details',
      kind: 'Register',
      field: 'Description',
    });
    expect(meta && editorHref(meta)).toBe('#/settings');
  });

  it('links a text to its record in the editor, at the field or the list of the item', () => {
    expect(editorHref(find('description', PURPOSE.rights))).toBe(`#/activities/${ACT.membership}?field=purposes`);
    const marketing = french.find((t) => t.recordId === ACT.marketing);
    expect(marketing && editorHref(marketing)).toBe(`#/activities/${ACT.marketing}?field=name`);
  });

  it('writes language names as they read in a sentence, and shortens long texts for the status line', () => {
    expect(languageNameInText('nl', 'fr')).toBe('néerlandais');
    expect(languageNameInText('nl', 'de')).toBe('Niederländisch');
    expect(textStart('kort')).toBe('kort');
    expect(textStart(`${'a'.repeat(70)}\n b`, 20)).toBe(`${'a'.repeat(19)}…`);
  });
});

describe('writing a translation into its place', () => {
  it('changes one item of a list, stamped from its original, and leaves the others as they were', () => {
    const rights = find('description', PURPOSE.rights);
    const activity = register.activities[0] as Activity;
    const next = withChange(activity, rights, 'fr', { type: 'translate', text: 'Gérer les droits au remboursement' });
    const [identify, changed] = next.purposes;
    expect(identify).toBe(activity.purposes[0]);
    expect(changed?.i18n?.fr?.description).toBe('Gérer les droits au remboursement');
    expect(changed && translationState(changed, 'description', 'fr', 'nl')).toBe('current');
    expect(next.legalBases).toBe(activity.legalBases);
  });

  it('confirms an outdated translation as still correct without changing its text', () => {
    const rights = find('description', PURPOSE.rights);
    const activity = register.activities[0] as Activity;
    const next = withChange(activity, rights, 'fr', { type: 'confirm' });
    expect(next.purposes[1]?.i18n?.fr?.description).toBe('Gérer les droits (ancienne version)');
    expect(next.purposes[1] && translationState(next.purposes[1], 'description', 'fr', 'nl')).toBe('current');
  });

  it('writes a record text and the metadata in place, and sees when the original changed under the row', () => {
    const marketing = french.find((t) => t.recordId === ACT.marketing);
    if (!marketing) throw new Error('no Marketing');
    const activity = register.activities[1] as Activity;
    expect(withChange(activity, marketing, 'fr', { type: 'translate', text: 'Marketing' }).i18n?.fr?.name).toBe(
      'Marketing',
    );
    const meta = withChange(register.meta, { kind: 'meta', field: 'description' }, 'fr', {
      type: 'translate',
      text: 'Le registre',
    });
    expect(meta.i18n?.fr).toEqual({ title: 'Registre', description: 'Le registre' });
    expect(sourceUnchanged(activity, marketing, 'Marketing')).toBe(true);
    expect(sourceUnchanged({ ...activity, name: 'Marketing en communicatie' }, marketing, 'Marketing')).toBe(false);
    expect(holderIn(activity, { kind: 'activities', list: 'purposes', itemId: 'gone', field: 'description' })).toBe(
      undefined,
    );
  });
});

describe('a register of thousands of texts', () => {
  it('is listed and filtered quickly enough to redraw on every save', () => {
    const sample = sampleRegister();
    const big: Register = {
      ...sample,
      activities: Array.from({ length: 10 }, (_, copy) =>
        sample.activities.map((a) => ({ ...a, id: `${a.id.slice(0, -2)}${copy.toString(16).padStart(2, '0')}` })),
      ).flat(),
    };
    const started = performance.now();
    const texts = translationTexts(big, 'de');
    const rows = workspaceRows(texts, { kind: 'activities', state: 'todo' });
    const elapsed = performance.now() - started;
    expect(rows.length).toBeGreaterThan(2000);
    expect(elapsed).toBeLessThan(2000);
  });
});
