/**
 * What column accessors look up besides the record itself: linked records by id, findings per record and how many
 * records use a record. Built once per register (and language); every map is filled on first use and then shared by
 * all rows, so no cell ever scans the register.
 */
import type { UiLanguage } from '../../shared/i18n/languages';
import { RECORD_KINDS, type AnyRecord, type RecordKind, type RecordOf, type Register } from '../../shared/model';
import { LINK_FIELDS, linkedIds } from '../../shared/register/links';
import type { Finding } from '../../shared/validation/finding';

export interface TableContext {
  readonly lang: UiLanguage;
  readonly register: Register;
  get<K extends RecordKind>(kind: K, id: string): RecordOf<K> | undefined;
  /** The linked record's name; a dangling id shows as itself so the problem stays visible. */
  nameOf(kind: RecordKind, id: string): string;
  findingsOf(id: string): readonly Finding[];
  /** How many records (of any kind, itself excepted) link to this one. */
  usedByCount(kind: RecordKind, id: string): number;
}

const NO_FINDINGS: readonly Finding[] = [];

export function createTableContext(
  register: Register,
  findingsByRecord: ReadonlyMap<string, readonly Finding[]> | undefined,
  lang: UiLanguage,
): TableContext {
  const byId = new Map<RecordKind, Map<string, AnyRecord>>();
  const index = (kind: RecordKind): Map<string, AnyRecord> => {
    let map = byId.get(kind);
    if (!map) {
      map = new Map((register[kind] as AnyRecord[]).map((r) => [r.id, r]));
      byId.set(kind, map);
    }
    return map;
  };

  let usedBy: Map<string, number> | undefined;
  const usedByCounts = (): Map<string, number> => {
    if (usedBy) return usedBy;
    // Distinct holders per target: an activity naming a data category twice (list and retention rule) counts once.
    const holders = new Map<string, Set<string>>();
    for (const kind of RECORD_KINDS) {
      const links = LINK_FIELDS.filter((l) => l.from === kind);
      if (links.length === 0) continue;
      for (const record of register[kind] as AnyRecord[]) {
        for (const link of links) {
          for (const target of linkedIds(record, link.field)) {
            if (link.to === kind && target === record.id) continue;
            const key = `${link.to}:${target}`;
            let set = holders.get(key);
            if (!set) holders.set(key, (set = new Set()));
            set.add(`${kind}:${record.id}`);
          }
        }
      }
    }
    usedBy = new Map([...holders].map(([key, set]) => [key, set.size]));
    return usedBy;
  };

  return {
    lang,
    register,
    get: <K extends RecordKind>(kind: K, id: string) => index(kind).get(id) as RecordOf<K> | undefined,
    nameOf: (kind, id) => index(kind).get(id)?.name ?? id,
    findingsOf: (id) => findingsByRecord?.get(id) ?? NO_FINDINGS,
    usedByCount: (kind, id) => usedByCounts().get(`${kind}:${id}`) ?? 0,
  };
}
