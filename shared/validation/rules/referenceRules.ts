/**
 * Integrity of the register as a whole: links that point nowhere (read from the one link table in
 * ../register/links, so a new link field is checked without touching this file), and names used twice within a
 * kind, which make exports ambiguous because exports show names, not ids.
 */
import { RECORD_KINDS, type AnyRecord } from '../../model/register';
import { danglingLinks } from '../../register/links';
import { defineRule, type Rule } from '../rule';

/** Names that differ only in case, spacing or Unicode composition read as the same name on paper. */
function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

export const REFERENCE_RULES: readonly Rule[] = [
  // Runs on retired records too: a retired activity must still say which records it used.
  defineRule({
    code: 'REF_DANGLING',
    severity: 'error',
    *find(register, ctx) {
      for (const link of danglingLinks(register)) {
        const holder = ctx.get(link.kind, link.id);
        yield {
          kind: link.kind,
          record: { id: link.id, name: holder?.name ?? link.id },
          field: link.field,
          params: { targetKind: link.to, missingId: link.missingId },
        };
      }
    },
  }),
  defineRule({
    code: 'DUPLICATE_NAME',
    severity: 'info',
    *find(register) {
      for (const kind of RECORD_KINDS) {
        const groups = new Map<string, AnyRecord[]>();
        for (const record of register[kind] as readonly AnyRecord[]) {
          const key = nameKey(record.name);
          const group = groups.get(key);
          if (group) group.push(record);
          else groups.set(key, [record]);
        }
        for (const group of groups.values()) {
          if (group.length < 2) continue;
          for (const record of group) {
            yield { kind, record, field: 'name', params: { count: group.length, kinds: kind } };
          }
        }
      }
    },
  }),
];
