/** Identity of the register file format: the `format` tag and the version this code writes. */
export const FILE_FORMAT = 'ropa-register';
/**
 * 2: the register's metadata may name fields the DPO keeps internal (`meta.internalFields`). An older app would drop
 * that list without a word, and its exports would show those fields, so it must refuse the file instead.
 */
/**
 * 3: translations remember the main text they were made from (`i18nSource`). An older app would keep an outdated
 * translation in its exports as if it were current, so it must refuse the file.
 */
export const FILE_VERSION = 3;
export const FILE_EXTENSION = '.ropa.json';
