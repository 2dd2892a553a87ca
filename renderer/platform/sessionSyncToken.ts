/**
 * The browser build's keeping of a Git repository's token: sessionStorage, so it is gone when the browser closes.
 * A browser page has no secure storage of the operating system, and a token in localStorage or IndexedDB would stay
 * readable on disk; the Sharing screen says the token is kept for the session only.
 */
const KEY = 'ropa-desk.sync-token';

interface Kept {
  url: string;
  token: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // A browser that refuses storage to the page: the token then lives as long as nothing, and is asked again.
    return undefined;
  }
}

export async function saveSessionToken(request: Kept): Promise<void> {
  storage()?.setItem(KEY, JSON.stringify({ url: request.url, token: request.token }));
}

export async function readSessionToken(url: string): Promise<string | null> {
  const text = storage()?.getItem(KEY);
  if (!text) return null;
  try {
    const kept = JSON.parse(text) as Partial<Kept>;
    return kept.url === url && typeof kept.token === 'string' ? kept.token : null;
  } catch {
    return null;
  }
}

export async function clearSessionToken(): Promise<void> {
  storage()?.removeItem(KEY);
}
