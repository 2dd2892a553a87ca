/** The register file, its canonical form and fingerprint, and the links between records. */
export * from './fileVersion';
export * from './canonical';
export * from './registerFile';
export * from './links';
export { MIGRATIONS, migrate } from './migrations';
export * from './compare';
