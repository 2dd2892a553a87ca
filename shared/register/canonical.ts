/**
 * The canonical form of a register and its SHA-256 fingerprint. Every export prints the fingerprint so an
 * auditor can tell that an Excel file and a PDF describe the same register version.
 * Canonical: keys sorted at every depth, records of each kind sorted by id, undefined values dropped; the order
 * of values inside a record (a list of purposes, of recipients) is the DPO's and is kept.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { RECORD_KINDS, type Register } from '../model/register';
import { FILE_FORMAT } from './fileVersion';

/**
 * The version of the canonical form that is hashed: the fingerprint identifies the register's content, so it must not
 * change when only the file's version number does (a snapshot or an export made before keeps its fingerprint). Raise
 * it only when the canonical form itself changes.
 */
export const CANONICAL_FORM_VERSION = 1;

/**
 * A value with keys sorted at every depth and undefined values dropped: the canonical form of any part of a register
 * (the register folder writes each record so).
 */
// Recursive, which is safe here: only schema-checked registers get here, a few levels deep; raw files are checked for
// depth (MAX_NESTING in registerFile.ts) before anything recursive touches them.
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeysDeep(v);
    }
    return out;
  }
  return value;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The register as the plain object that is hashed and written: format, version, meta and sorted records. */
export function canonicalRegister(register: Register): Record<string, unknown> {
  const doc: Record<string, unknown> = { format: FILE_FORMAT, version: CANONICAL_FORM_VERSION, meta: register.meta };
  for (const kind of RECORD_KINDS) doc[kind] = [...register[kind]].sort(byId);
  return sortKeysDeep(doc) as Record<string, unknown>;
}

export function canonicalJson(register: Register): string {
  return JSON.stringify(canonicalRegister(register));
}

/** Lower-case hex SHA-256 of the canonical JSON (UTF-8). */
export function fingerprint(register: Register): string {
  return bytesToHex(sha256(new TextEncoder().encode(canonicalJson(register))));
}

/** The short form printed in page footers. */
export function shortFingerprint(fp: string): string {
  return fp.slice(0, 12);
}
