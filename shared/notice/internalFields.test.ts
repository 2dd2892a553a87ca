// Fields marked internal never appear in the notice: neither those the descriptors mark (notes, owner, systems) nor
// those a register marks itself (meta.internalFields), in any language, in the model or in the HTML.
import { describe, expect, it } from 'vitest';
import { fieldEntries, internalPaths } from '../model/recordFields';
import { RECORD_KINDS, type Register } from '../model/register';
import { ORG } from '../sample/sampleIds';
import { sampleRegister } from '../sample/sampleRegister';
import { buildNotice } from './buildNotice';
import { noticeHtml } from './noticeHtml';
import { noticeText } from './noticeText';

const MARK = 'ZZINTERNAL';
const marker = (kind: string, path: string) => `${MARK}-${kind}-${path}`;

type Bag = Record<string, unknown>;

/** Sets a dotted path on a record, on every item of the lists it passes through (the item's translations too). */
function setEverywhere(holder: Bag, parts: readonly string[], value: string): void {
  const [head, ...rest] = parts;
  if (head === undefined) return;
  if (rest.length === 0) {
    holder[head] = value;
    const i18n = (holder['i18n'] ?? {}) as Record<string, Bag>;
    for (const lang of ['nl', 'fr', 'en', 'de']) i18n[lang] = { ...(i18n[lang] ?? {}), [head]: `${value}-${lang}` };
    holder['i18n'] = i18n;
    return;
  }
  const next = holder[head];
  if (Array.isArray(next)) for (const item of next) setEverywhere(item as Bag, rest, value);
  else if (next && typeof next === 'object') setEverywhere(next as Bag, rest, value);
}

/** Every text field the notice could print: which ones the register marks internal is the test's choice. */
const REGISTER_MARKED = ['activities.businessProcess', 'activities.publicSummary', 'activities.automatedDecision'];

function markedRegister(): Register {
  const register = structuredClone(sampleRegister());
  register.meta.internalFields = [...REGISTER_MARKED];
  for (const kind of RECORD_KINDS) {
    const paths = new Set([
      ...internalPaths(kind),
      ...REGISTER_MARKED.filter((k) => k.startsWith(`${kind}.`)).map((k) => k.slice(kind.length + 1)),
    ]);
    for (const record of register[kind] as unknown as Bag[]) {
      for (const path of paths) {
        const entry = fieldEntries(kind).find((e) => e.path === path);
        if (entry?.descriptor.widget.type === 'object') {
          // An object marked internal (automated decisions): every text inside it carries the marker.
          record[path] = { exists: true, profiling: true, logic: marker(kind, `${path}.logic`) };
        } else setEverywhere(record, path.split('.'), marker(kind, path));
      }
    }
  }
  return register;
}

describe('internal fields in the notice', () => {
  const register = markedRegister();

  it('marks at least the fields the descriptors call internal, and the register’s own', () => {
    expect(internalPaths('activities')).toEqual(expect.arrayContaining(['owner', 'systems', 'notes']));
    const first = register.activities[0] as unknown as Bag;
    expect(first['owner']).toBe(marker('activities', 'owner'));
    expect(first['businessProcess']).toBe(marker('activities', 'businessProcess'));
    expect(first['publicSummary']).toBe(marker('activities', 'publicSummary'));
  });

  it.each([
    ['Landsbond', ORG.lcm, 'nl'],
    ['Landsbond', ORG.lcm, 'fr'],
    ['RMOB CM Brussel', ORG.rmob, 'en'],
    ['RMOB CM Brussel', ORG.rmob, 'de'],
    ['the whole group', ORG.lcm, 'nl'],
  ] as const)('never appear in the notice of %s (%s)', (_, controllerId, lang) => {
    const ids =
      _ === 'the whole group'
        ? register.organisations.filter((o) => o.kind === 'controller').map((o) => o.id)
        : [controllerId];
    const doc = buildNotice(register, { controllerIds: ids, lang, date: '2026-12-03' });
    expect(JSON.stringify(doc)).not.toContain(MARK);
    expect(noticeHtml(doc)).not.toContain(MARK);
    expect(noticeText(doc)).not.toContain(MARK);
  });

  it('shows the same fields when they are not marked internal (so the test above can fail)', () => {
    const shown = structuredClone(register);
    shown.meta.internalFields = [];
    const text = noticeText(buildNotice(shown, { controllerIds: [ORG.lcm], lang: 'nl', date: '2026-12-03' }));
    expect(text).toContain(marker('activities', 'businessProcess'));
    expect(text).toContain(marker('activities', 'publicSummary'));
    expect(text).toContain(marker('activities', 'automatedDecision.logic'));
    // Descriptor-internal fields stay out whatever the register says.
    expect(text).not.toContain(marker('activities', 'owner'));
    expect(text).not.toContain(marker('activities', 'notes'));
  });

  it('groups purposes under "Other processing" when the business process is internal', () => {
    const doc = buildNotice(register, { controllerIds: [ORG.lcm], lang: 'nl', date: '2026-12-03' });
    const purposes = doc.sections.find((s) => s.id === 'purposes');
    expect(purposes?.subsections.map((s) => s.heading.map((r) => r.text).join(''))).toEqual(['Andere verwerkingen']);
  });
});
