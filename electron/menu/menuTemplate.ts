/**
 * The application menu as a pure function of the language, the handlers and the platform, so a unit test can read
 * every label and click every item without Electron. main.ts passes the result to `Menu.buildFromTemplate`.
 *
 * Items that do something in the register (new activity, open, save, import, export) do not act here: they call
 * `handlers.command(name)`, which main.ts sends to the renderer on `menu:command`. Recent files are listed by
 * label only; main.ts keeps their paths. Help links go through `handlers.openHelp`, which opens only trusted URLs.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import type { MenuCommandName } from '../../shared/ipc/desktopApi';
import { MENU_MESSAGES, type MenuMessageKey } from './messages';

/** The GDPR in the Official Journal (EUR-Lex picks the reader's language). */
export const GDPR_TEXT_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
/** The Belgian Data Protection Authority's site in each interface language. */
export const AUTHORITY_URLS: Readonly<Record<UiLanguage, string>> = {
  nl: 'https://www.gegevensbeschermingsautoriteit.be/',
  fr: 'https://www.autoriteprotectiondonnees.be/',
  en: 'https://www.dataprotectionauthority.be/',
  // No German site of the authority is among the trusted hosts (electron/security/trustedUrl.ts): German readers
  // get the English one.
  de: 'https://www.dataprotectionauthority.be/',
};

export interface MenuHandlers {
  /** A command the renderer carries out (sent on `menu:command`). */
  command(name: MenuCommandName): void;
  /** File › Recent files › item `index` (0 = most recent). */
  openRecent(index: number): void;
  clearRecent(): void;
  about(): void;
  /** Opens a help link in the system browser, after the trusted-URL check. */
  openHelp(url: string): void;
}

export interface MenuOptions {
  isMac: boolean;
  /** Reload and developer tools are offered only in development (`!app.isPackaged`). */
  isPackaged: boolean;
  /** Labels of the recent files, most recent first. */
  recent: readonly string[];
}

/** The most recent files listed under File › Recent files. */
export const MAX_RECENT_IN_MENU = 10;

/** Menu labels treat `&` as a mnemonic marker: a file name's own `&` must be doubled to show. */
export function escapeMnemonic(label: string): string {
  return label.replace(/&/g, '&&');
}

export function menuTemplate(
  lang: UiLanguage,
  handlers: MenuHandlers,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const t = (key: MenuMessageKey) => translate(MENU_MESSAGES, lang, key);
  const { isMac, isPackaged } = options;
  const command = (id: MenuCommandName, label: MenuMessageKey, accelerator?: string): MenuItemConstructorOptions => ({
    id: `file.${id}`,
    label: t(label),
    ...(accelerator ? { accelerator } : {}),
    click: () => handlers.command(id),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const recent = options.recent.slice(0, MAX_RECENT_IN_MENU);
  const recentMenu: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ id: 'file.recent.none', label: t('noRecentFiles'), enabled: false }]
      : [
          ...recent.map((label, index): MenuItemConstructorOptions => ({
            id: `file.recent.${index}`,
            label: escapeMnemonic(label),
            click: () => handlers.openRecent(index),
          })),
          separator,
          { id: 'file.recent.clear', label: t('clearRecentFiles'), click: () => handlers.clearRecent() },
        ];

  const about: MenuItemConstructorOptions = { id: 'help.about', label: t('about'), click: () => handlers.about() };

  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    label: 'RoPA Desk',
    submenu: [
      about,
      separator,
      { id: 'app.services', role: 'services', label: t('services') },
      separator,
      { id: 'app.hide', role: 'hide', label: t('hide') },
      { id: 'app.hide-others', role: 'hideOthers', label: t('hideOthers') },
      { id: 'app.show-all', role: 'unhide', label: t('showAll') },
      separator,
      { id: 'app.quit', role: 'quit', label: t('quit') },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    id: 'file',
    label: t('file'),
    submenu: [
      command('new-activity', 'newActivity', 'CmdOrCtrl+N'),
      separator,
      command('open-register', 'openRegister', 'CmdOrCtrl+O'),
      { id: 'file.recent', label: t('recentFiles'), submenu: recentMenu },
      // Ctrl+S saves the record in the editor; the backup takes Ctrl+Shift+S.
      command('save-backup', 'saveBackup', 'CmdOrCtrl+Shift+S'),
      separator,
      command('import', 'import', 'CmdOrCtrl+I'),
      command('export-xlsx', 'exportXlsx', 'CmdOrCtrl+E'),
      command('export-pdf', 'exportPdf', 'CmdOrCtrl+Shift+E'),
      separator,
      // macOS quits from the application menu; its File menu closes the window.
      isMac
        ? { id: 'file.close', role: 'close', label: t('closeWindow') }
        : { id: 'file.quit', role: 'quit', label: t('quit'), accelerator: 'CmdOrCtrl+Q' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    id: 'edit',
    label: t('edit'),
    submenu: [
      { id: 'edit.undo', role: 'undo', label: t('undo') },
      { id: 'edit.redo', role: 'redo', label: t('redo') },
      separator,
      { id: 'edit.cut', role: 'cut', label: t('cut') },
      { id: 'edit.copy', role: 'copy', label: t('copy') },
      { id: 'edit.paste', role: 'paste', label: t('paste') },
      separator,
      { id: 'edit.select-all', role: 'selectAll', label: t('selectAll') },
    ],
  };

  const development: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { id: 'view.reload', role: 'reload', label: t('reload') },
        { id: 'view.force-reload', role: 'forceReload', label: t('forceReload') },
        { id: 'view.dev-tools', role: 'toggleDevTools', label: t('toggleDevTools') },
        separator,
      ];
  const viewMenu: MenuItemConstructorOptions = {
    id: 'view',
    label: t('view'),
    submenu: [
      ...development,
      { id: 'view.reset-zoom', role: 'resetZoom', label: t('resetZoom') },
      { id: 'view.zoom-in', role: 'zoomIn', label: t('zoomIn') },
      { id: 'view.zoom-out', role: 'zoomOut', label: t('zoomOut') },
      separator,
      { id: 'view.full-screen', role: 'togglefullscreen', label: t('toggleFullScreen') },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    id: 'window',
    label: t('window'),
    role: 'windowMenu',
    submenu: [
      { id: 'window.minimize', role: 'minimize', label: t('minimize') },
      { id: 'window.zoom', role: 'zoom', label: t('zoom') },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    id: 'help',
    label: t('help'),
    role: 'help',
    submenu: [
      { id: 'help.gdpr', label: t('gdprText'), click: () => handlers.openHelp(GDPR_TEXT_URL) },
      { id: 'help.authority', label: t('authoritySite'), click: () => handlers.openHelp(AUTHORITY_URLS[lang]) },
      ...(isMac ? [] : [separator, about]),
    ],
  };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}
