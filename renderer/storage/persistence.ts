/**
 * Persistent storage: asked for at start so the browser does not evict the register under storage pressure,
 * and reported in the settings with how much space is used.
 */
export interface StorageStatus {
  /** undefined when the browser does not say. */
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

export async function requestPersistentStorage(): Promise<boolean | undefined> {
  if (!navigator.storage?.persist) return undefined;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return undefined;
  }
}

export async function storageStatus(): Promise<StorageStatus> {
  const persisted = navigator.storage?.persisted
    ? await navigator.storage.persisted().catch(() => undefined)
    : undefined;
  const estimate = navigator.storage?.estimate ? await navigator.storage.estimate().catch(() => undefined) : undefined;
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}
