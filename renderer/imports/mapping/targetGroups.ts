/**
 * The fields a column can go to, as the mapping screen's select offers them: grouped as the record editor groups
 * them (its sections, from the field descriptors), each sub-field right after the field it belongs to, so
 * "Country (Recipients)" sits beside "Recipients" and not at the end of a list of fifty.
 */
import type { UiLanguage } from '../../../shared/i18n/languages';
import { EDITOR_SECTIONS, type EditorSection } from '../../../shared/model/fieldDescriptor';
import { RECORD_FIELDS } from '../../../shared/model/register';
import { importTargets, targetLabel, type ImportKind } from '../../../shared/spreadsheetImport/mapping';

export interface TargetOption {
  path: string;
  label: string;
}

export interface TargetGroup {
  section: EditorSection;
  options: TargetOption[];
}

export function targetGroups(kind: ImportKind, lang: UiLanguage): TargetGroup[] {
  const fields = RECORD_FIELDS[kind];
  const targets = importTargets(kind);
  const top = (path: string) => path.split('.')[0] ?? path;
  const order = new Map<string, number>();
  targets.forEach((t, i) => {
    if (!order.has(top(t.path))) order.set(top(t.path), i);
  });
  const byTop = [...targets].sort(
    (a, b) =>
      (order.get(top(a.path)) ?? 0) - (order.get(top(b.path)) ?? 0) ||
      Number(a.path.includes('.')) - Number(b.path.includes('.')),
  );
  const groups = new Map<EditorSection, TargetOption[]>();
  for (const target of byTop) {
    const section = fields[top(target.path)]?.section ?? 'other';
    const list = groups.get(section) ?? [];
    list.push({ path: target.path, label: targetLabel(target, lang) });
    groups.set(section, list);
  }
  return EDITOR_SECTIONS.flatMap((section) => {
    const options = groups.get(section);
    return options ? [{ section, options }] : [];
  });
}
