/**
 * Default names and file types of the files the user saves: `register-<organisation>-<date>.xlsx`, `.pdf` or
 * `.ropa.json`. Pure, so the renderer builds the suggested name and the main process picks the dialog's file type
 * from the same table.
 */
import type { SaveKind } from './desktopApi';

export interface SaveKindInfo {
  /** The extension a file of this kind gets, with its dot. */
  extension: string;
  /** The extensions of the save dialog's file type (its name is translated by the main process). */
  filterExtensions: string[];
}

export const SAVE_KIND_INFO: Readonly<Record<SaveKind, SaveKindInfo>> = {
  xlsx: { extension: '.xlsx', filterExtensions: ['xlsx'] },
  pdf: { extension: '.pdf', filterExtensions: ['pdf'] },
  // `json` matches `.ropa.json` on every platform (a dotted extension does not on macOS).
  backup: { extension: '.ropa.json', filterExtensions: ['json'] },
};

const MAX_SLUG_LENGTH = 60;

/** `Mutualité Chrétienne / CM` → `mutualite-chretienne-cm`: ASCII letters and digits joined by dashes. */
export function fileNameSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/g, '');
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The name a save dialog suggests: `register-cm-brussels-2026-11-22.xlsx` (the user's local date). Without an
 * organisation name (or one with no letters or digits) it is `register-2026-11-22.xlsx`.
 */
export function suggestedFileName(kind: SaveKind, organisation: string, date: Date): string {
  const slug = fileNameSlug(organisation);
  return `register-${slug ? `${slug}-` : ''}${localDate(date)}${SAVE_KIND_INFO[kind].extension}`;
}

/** `name` with the kind's extension added when it does not already end with it (case-insensitively). */
export function withKindExtension(name: string, kind: SaveKind): string {
  const { extension } = SAVE_KIND_INFO[kind];
  if (name.toLowerCase().endsWith(extension)) return name;
  // A backup named `x.json` becomes `x.ropa.json`, not `x.json.ropa.json`.
  if (kind === 'backup' && name.toLowerCase().endsWith('.json')) return `${name.slice(0, -'.json'.length)}${extension}`;
  return `${name}${extension}`;
}
