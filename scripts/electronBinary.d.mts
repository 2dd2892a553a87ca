/** Types of electronBinary.mjs, for the TypeScript that imports it (the Electron end-to-end tests). */
export function findElectronBinary(electronDir?: string): { path: string } | { missing: string };
