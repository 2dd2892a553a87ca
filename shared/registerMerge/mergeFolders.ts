/**
 * The merge of three register folders (three Git trees read into maps of files): each is read as `registerFromFolder`
 * reads it — checked, and migrated to this version, so sides of different versions merge — then merged as registers.
 * This is the merge the app makes when it syncs; the per-file driver (mergeFiles.ts) is for plain Git.
 */
import { registerFromFolder, type FolderFiles } from '../registerFolder/registerFolder';
import { mergeRegisters, type MergeResult } from './mergeRegisters';

/** Throws `RegisterFolderError` when a side is not a readable register folder (a newer one included). */
export function mergeFolders(base: FolderFiles, ours: FolderFiles, theirs: FolderFiles): MergeResult {
  return mergeRegisters(registerFromFolder(base), registerFromFolder(ours), registerFromFolder(theirs));
}
