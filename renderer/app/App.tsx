/**
 * The application frame: title bar with the language switch, navigation over every part of the register, and
 * the current screen, each screen inside an error boundary. On first start it shows the welcome screen instead,
 * or, when the database is empty although backups of a register exist, the offer to restore the newest.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { kindHeading } from '../../shared/catalogue/fieldLabels';
import type { UiLanguage } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import type { UiMessageKey } from './messages';
import { kindsInNavigation } from '../../shared/model';
import { LanguageSwitch } from './LanguageSwitch';
import { ActivitiesScreen } from '../activities/ActivitiesScreen';
import { BackupReminder } from '../backup/BackupReminder';
import { RecordEditor } from '../editors/RecordEditor';
import { ExportScreen } from '../exports/ExportScreen';
import { ExportStatus } from '../exports/ExportStatus';
import { ImportScreen } from '../imports/ImportScreen';
import { BackupScreen } from '../backup/BackupScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { useAutomaticBackups } from '../backup/useAutomaticBackups';
import { HistoryScreen } from '../history/HistoryScreen';
import { WelcomeScreen } from '../onboarding/WelcomeScreen';
import { RecordListScreen } from '../records/RecordListScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { ErrorBoundary } from '../safety/ErrorBoundary';
import { backupsForEmptyRegister, type KnownBackups } from '../safety/recovery';
import { RecoveryScreen } from '../safety/RecoveryScreen';
import { SnapshotsScreen } from '../snapshots/SnapshotsScreen';
import { TRANSLATION_MESSAGES } from '../translations/messages';
import { NOTICE_SCREEN_MESSAGES } from '../notice/messages';
import { NoticeScreen } from '../notice/NoticeScreen';
import { SharingScreen } from '../sync/SharingScreen';
import { SYNC_MESSAGES } from '../sync/messages';
import { TranslationWorkspace } from '../translations/TranslationWorkspace';
import { backupText } from '../storage/backups';
import { db } from '../storage/database';
import { isRegisterEmpty } from '../storage/registerStore';
import { getSetting, SETTING_ONBOARDED } from '../storage/settings';
import { useI18n } from './i18n';
import { useMenuCommands } from './menuCommands';
import { platform } from '../platform/currentPlatform';
import { routeHref, type Route } from './routes';
import { useRoute } from './useRoute';

const REGISTER_KINDS = kindsInNavigation('register');
const CATALOGUE_KINDS = kindsInNavigation('catalogue');
/** A tool's name: an interface message, or a function for a screen that keeps its name in its own catalogue. */
const TOOLS: { route: Route; label: UiMessageKey | ((lang: UiLanguage) => string) }[] = [
  { route: { screen: 'dashboard' }, label: 'navDashboard' },
  { route: { screen: 'export' }, label: 'navExport' },
  { route: { screen: 'import' }, label: 'navImport' },
  { route: { screen: 'translations' }, label: (lang) => translate(TRANSLATION_MESSAGES, lang, 'title') },
  { route: { screen: 'notice' }, label: (lang) => translate(NOTICE_SCREEN_MESSAGES, lang, 'title') },
  { route: { screen: 'history' }, label: 'navHistory' },
  { route: { screen: 'snapshots' }, label: 'navSnapshots' },
  { route: { screen: 'sharing' }, label: (lang) => translate(SYNC_MESSAGES, lang, 'title') },
  { route: { screen: 'backup' }, label: 'navBackup' },
  { route: { screen: 'settings' }, label: 'navSettings' },
];

function isCurrent(route: Route, target: Route): boolean {
  if (route.screen !== target.screen) return false;
  return route.screen !== 'records' || (target.screen === 'records' && route.kind === target.kind);
}

function Content({ route }: { route: Route }) {
  switch (route.screen) {
    case 'records':
      if (route.id)
        return (
          <RecordEditor
            key={`${route.kind}/${route.id}`}
            kind={route.kind}
            id={route.id}
            {...(route.field ? { field: route.field } : {})}
          />
        );
      return route.kind === 'activities' ? <ActivitiesScreen /> : <RecordListScreen kind={route.kind} />;
    case 'history':
      return <HistoryScreen />;
    case 'snapshots':
      return <SnapshotsScreen />;
    case 'backup':
      return <BackupScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'sharing':
      return <SharingScreen />;
    case 'export':
      return <ExportScreen />;
    case 'import':
      return <ImportScreen />;
    case 'dashboard':
      return <DashboardScreen />;
    case 'notice':
      return <NoticeScreen lang={route.lang} controllers={route.controllers} />;
    case 'translations':
      return <TranslationWorkspace lang={route.lang} kind={route.kind} controller={route.controller} />;
  }
}

/** One boundary per screen and record: a failed screen is left by navigating, and the next one starts clean. */
function screenKey(route: Route): string {
  return route.screen === 'records' ? `records/${route.kind}/${route.id ?? ''}` : route.screen;
}

/**
 * Backups on disk are only ever of a register: a backup of the empty database would become the newest one, the one
 * offered after the next loss. `startedNow` is true when the register was just started or restored in this window,
 * which the automatic backups (they react to later changes) would otherwise first save when the window closes.
 */
function AutomaticBackups({ startedNow }: { startedNow: boolean }) {
  useAutomaticBackups();
  useEffect(() => {
    if (!startedNow || !platform.supportsAutomaticBackups) return;
    void backupText(db)
      .then((text) => platform.backupWrite({ text, reason: 'change' }))
      .catch(() => undefined);
  }, [startedNow]);
  return null;
}

export function App() {
  const { t, lang } = useI18n();
  const route = useRoute();
  const [welcomeDone, setWelcomeDone] = useState(false);
  const [restoredNow, setRestoredNow] = useState(false);
  const [startAnew, setStartAnew] = useState(false);
  const start = useLiveQuery(
    async () => ({ empty: await isRegisterEmpty(db), onboarded: await getSetting(db, SETTING_ONBOARDED, false) }),
    [],
  );
  const empty = start?.empty;
  // undefined while they are being looked for.
  const [backups, setBackups] = useState<KnownBackups | null | undefined>(undefined);
  useEffect(() => {
    if (empty !== true) return;
    let active = true;
    backupsForEmptyRegister(db, platform).then(
      (found) => active && setBackups(found),
      () => active && setBackups(null),
    );
    return () => {
      active = false;
    };
  }, [empty]);
  const needsWelcome = start === undefined ? undefined : !start.onboarded && start.empty;
  const offerRecovery = empty === true && !startAnew && !welcomeDone ? backups : null;
  useMenuCommands();
  useEffect(() => {
    document.documentElement.lang = lang;
    // The native menus follow the interface language.
    void platform.setLanguage(lang);
  }, [lang]);

  const link = (target: Route, label: string) => (
    <li key={routeHref(target)}>
      <a href={routeHref(target)} aria-current={isCurrent(route, target) ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );

  return (
    <div className="app">
      <header className="topbar">
        <div>
          <span className="brand">{t('appTitle')}</span>
          <span className="subtitle">{t('appSubtitle')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <div className="body">
        <nav className="sidebar" aria-label={t('navLabel')}>
          <h2>{t('navRegister')}</h2>
          <ul>{REGISTER_KINDS.map((kind) => link({ screen: 'records', kind }, kindHeading(kind, lang)))}</ul>
          <h2>{t('navCatalogues')}</h2>
          <ul>{CATALOGUE_KINDS.map((kind) => link({ screen: 'records', kind }, kindHeading(kind, lang)))}</ul>
          <h2>{t('navTools')}</h2>
          <ul>
            {TOOLS.map((tool) => link(tool.route, typeof tool.label === 'function' ? tool.label(lang) : t(tool.label)))}
          </ul>
        </nav>
        <main className="content">
          {empty === false && <AutomaticBackups startedNow={welcomeDone || restoredNow} />}
          {needsWelcome === undefined || offerRecovery === undefined ? null : offerRecovery ? (
            <RecoveryScreen
              backups={offerRecovery}
              platform={platform}
              onRestored={() => setRestoredNow(true)}
              onStartAnew={() => setStartAnew(true)}
            />
          ) : needsWelcome && !welcomeDone ? (
            <WelcomeScreen onDone={() => setWelcomeDone(true)} />
          ) : (
            <>
              <BackupReminder />
              <ExportStatus />
              <ErrorBoundary key={screenKey(route)}>
                <Content route={route} />
              </ErrorBoundary>
            </>
          )}
        </main>
      </div>
    </div>
  );
}
