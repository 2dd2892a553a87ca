/**
 * The app's addresses, kept in the URL hash (`#/activities/<id>`) so reload, back and forward work in Electron
 * and in the browser build alike, and a finding or a "used by" link can point at a record.
 */
import { TEXT_LANGUAGES, UI_LANGUAGES, type TextLanguage, type UiLanguage } from '../../shared/i18n/languages';
import { RECORD_KINDS, type RecordKind } from '../../shared/model';

export type Route =
  | { screen: 'dashboard' }
  | { screen: 'records'; kind: RecordKind; id?: string; field?: string }
  | { screen: 'history' }
  | { screen: 'snapshots' }
  | { screen: 'backup' }
  | { screen: 'export' }
  | { screen: 'import' }
  | { screen: 'settings' }
  /** The privacy notice (Art. 13/14) generated from the register: of these controllers, in this language. */
  | { screen: 'notice'; lang?: UiLanguage; controllers?: string[] }
  /** Sharing the register through a Git repository: connection, Sync, and the conflicts of a sync. */
  | { screen: 'sharing' }
  /** The translation workspace: what is left to translate into `lang`, of one kind and one controller if given. */
  | { screen: 'translations'; lang?: TextLanguage; kind?: RecordKind | 'meta'; controller?: string };

export type Screen = Route['screen'];

const SIMPLE: readonly Screen[] = [
  'dashboard',
  'history',
  'snapshots',
  'backup',
  'export',
  'import',
  'settings',
  'sharing',
];

const isTextLanguage = (value: string | null): value is TextLanguage =>
  (TEXT_LANGUAGES as readonly (string | null)[]).includes(value);
const isTextKind = (value: string | null): value is RecordKind | 'meta' =>
  value === 'meta' || (RECORD_KINDS as readonly (string | null)[]).includes(value);

/** Unknown values in the query are dropped: an old or hand-typed address still opens the workspace. */
function translationsRoute(query: URLSearchParams): Route {
  const lang = query.get('lang');
  const kind = query.get('kind');
  const controller = query.get('controller');
  return {
    screen: 'translations',
    ...(isTextLanguage(lang) ? { lang } : {}),
    ...(isTextKind(kind) ? { kind } : {}),
    ...(controller ? { controller } : {}),
  };
}

/** The notice of the controllers named (ids separated by commas) in the language named, when they are valid. */
function noticeRoute(query: URLSearchParams): Route {
  const lang = query.get('lang');
  const controllers = (query.get('controllers') ?? '').split(',').filter((id) => id !== '');
  return {
    screen: 'notice',
    ...((UI_LANGUAGES as readonly (string | null)[]).includes(lang) ? { lang: lang as UiLanguage } : {}),
    ...(controllers.length > 0 ? { controllers } : {}),
  };
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first = '', second] = path.split('/').map((p) => decodeURIComponent(p));
  if ((RECORD_KINDS as readonly string[]).includes(first)) {
    const field = new URLSearchParams(query).get('field') ?? undefined;
    return {
      screen: 'records',
      kind: first as RecordKind,
      ...(second ? { id: second } : {}),
      ...(field ? { field } : {}),
    };
  }
  if (first === 'translations') return translationsRoute(new URLSearchParams(query));
  if (first === 'notice') return noticeRoute(new URLSearchParams(query));
  if ((SIMPLE as readonly string[]).includes(first)) return { screen: first as Exclude<Screen, 'records'> } as Route;
  return { screen: 'records', kind: 'activities' };
}

export function routeHref(route: Route): string {
  if (route.screen === 'translations') {
    const query = new URLSearchParams();
    if (route.lang) query.set('lang', route.lang);
    if (route.kind) query.set('kind', route.kind);
    if (route.controller) query.set('controller', route.controller);
    const text = query.toString();
    return text ? `#/translations?${text}` : '#/translations';
  }
  if (route.screen === 'notice') {
    const query = new URLSearchParams();
    if (route.lang) query.set('lang', route.lang);
    if (route.controllers && route.controllers.length > 0) query.set('controllers', route.controllers.join(','));
    const text = query.toString();
    return text ? `#/notice?${text}` : '#/notice';
  }
  if (route.screen !== 'records') return `#/${route.screen}`;
  const base = `#/${route.kind}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
  return route.field ? `${base}?field=${encodeURIComponent(route.field)}` : base;
}
