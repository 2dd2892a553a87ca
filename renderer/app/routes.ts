/**
 * The app's addresses, kept in the URL hash (`#/activities/<id>`) so reload, back and forward work in Electron
 * and in the browser build alike, and a finding or a "used by" link can point at a record.
 */
import { RECORD_KINDS, type RecordKind } from '../../shared/model';

export type Route =
  | { screen: 'dashboard' }
  | { screen: 'records'; kind: RecordKind; id?: string; field?: string }
  | { screen: 'history' }
  | { screen: 'snapshots' }
  | { screen: 'backup' }
  | { screen: 'export' }
  | { screen: 'import' }
  | { screen: 'settings' };

export type Screen = Route['screen'];

const SIMPLE: readonly Screen[] = ['dashboard', 'history', 'snapshots', 'backup', 'export', 'import', 'settings'];

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first = '', second] = path.split('/').map((p) => decodeURIComponent(p));
  if ((RECORD_KINDS as readonly string[]).includes(first)) {
    const field = new URLSearchParams(query).get('field') ?? undefined;
    return { screen: 'records', kind: first as RecordKind, ...(second ? { id: second } : {}), ...(field ? { field } : {}) };
  }
  if ((SIMPLE as readonly string[]).includes(first)) return { screen: first as Exclude<Screen, 'records'> } as Route;
  return { screen: 'records', kind: 'activities' };
}

export function routeHref(route: Route): string {
  if (route.screen !== 'records') return `#/${route.screen}`;
  const base = `#/${route.kind}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
  return route.field ? `${base}?field=${encodeURIComponent(route.field)}` : base;
}
