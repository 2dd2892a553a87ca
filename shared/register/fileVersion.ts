/** Identity of the register file format: the `format` tag and the version this code writes. */
export const FILE_FORMAT = 'ropa-register';
export const FILE_VERSION = 1;
export const FILE_EXTENSION = '.ropa.json';
