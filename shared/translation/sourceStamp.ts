/**
 * The stamp of a main-language text: what a translation remembers of the text it was made from. Two texts get the
 * same stamp when they differ only in Unicode normalisation or surrounding white space (what an editor or a
 * spreadsheet may change without anyone meaning to), so re-saving a record never makes its translations outdated.
 * 64 bits of SHA-256: collisions between two versions of one field are not a practical concern, and the stamp stays
 * short in files and diffs.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

// Exports ask for the stamp of every text in every language; a register's texts repeat across those questions.
const known = new Map<string, string>();
const KNOWN_LIMIT = 100_000;

export function sourceStamp(mainText: string): string {
  let stamp = known.get(mainText);
  if (stamp === undefined) {
    stamp = bytesToHex(sha256(new TextEncoder().encode(mainText.normalize('NFC').trim()))).slice(0, 16);
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(mainText, stamp);
  }
  return stamp;
}
