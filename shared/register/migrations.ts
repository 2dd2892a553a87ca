/**
 * The chain that brings an older register file up to the current version, one step per version.
 * Each step takes the raw JSON document of version N and returns one of version N + 1; steps never validate
 * (the schema does that once, at the end) and never invent random data, so reading a file is deterministic.
 * Steps get documents already checked for depth (MAX_NESTING) and unsafe text; they may recurse into what they
 * change, but should copy the rest by reference.
 */
import { stampLegacyTranslations } from '../translation/legacyStamps';
import { FILE_VERSION } from './fileVersion';

type RawDocument = Record<string, unknown>;
export type Migration = (doc: RawDocument) => RawDocument;

function isObject(value: unknown): value is RawDocument {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Version 0 is the prototype format of the first slice: an activity held one `purpose` string and the register
 * named no main language. Version 1 holds a list of purposes with ids and a main language.
 */
const v0ToV1: Migration = (doc) => {
  const meta = isObject(doc['meta']) ? { ...doc['meta'] } : {};
  if (meta['mainLanguage'] === undefined) meta['mainLanguage'] = 'nl';
  if (meta['title'] === undefined) meta['title'] = 'Register of processing activities';
  const activities = Array.isArray(doc['activities']) ? doc['activities'] : [];
  return {
    ...doc,
    version: 1,
    meta,
    activities: activities.map((activity: unknown) => {
      if (!isObject(activity)) return activity;
      const { purpose, ...rest } = activity;
      if (typeof purpose !== 'string' || purpose.trim() === '' || rest['purposes'] !== undefined) return rest;
      // The purpose id is derived from the activity id so the same old file always migrates to the same register.
      const id = typeof rest['id'] === 'string' ? derivedId(rest['id'], 1) : undefined;
      return { ...rest, purposes: [{ id, description: purpose }] };
    }),
  };
};

/** A UUID-shaped id derived from another by replacing its last group: stable, and distinct per `n`. */
export function derivedId(baseId: string, n: number): string {
  const head = baseId.slice(0, 24);
  return `${head}${n.toString(16).padStart(12, '0')}`.toLowerCase();
}

/** Version 2 adds `meta.internalFields`; a version 1 register marks no fields internal beyond the descriptors'. */
const v1ToV2: Migration = (doc) => ({ ...doc, version: 2 });

/**
 * Version 3 adds `i18nSource`: each translation's stamp of the main text it was made from. A version 2 file's
 * translations count as current, so each is stamped with the main text beside it.
 */
const v2ToV3: Migration = (doc) => ({ ...stampLegacyTranslations(doc), version: 3 });

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: v0ToV1,
  1: v1ToV2,
  2: v2ToV3,
};

export const OLDEST_READABLE_VERSION = 0;

export function migrate(doc: RawDocument, fromVersion: number): RawDocument {
  let current = doc;
  for (let v = fromVersion; v < FILE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    current = step(current);
  }
  return current;
}
