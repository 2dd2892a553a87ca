/** The three-way merge of registers, field by field, and the resolution of its conflicts. */
export * from './conflictPath';
export * from './mergeValue';
export * from './mergeRegisters';
export * from './mergeFiles';
export * from './mergeFolders';
