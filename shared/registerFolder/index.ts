/** The register as a folder of files, one per record, for sharing through Git. */
export * from './folderFormat';
export * from './registerFolder';
