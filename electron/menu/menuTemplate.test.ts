import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/i18n/languages';
import { MENU_COMMAND_NAMES } from '../../shared/ipc/desktopApi';
import { isTrustedExternalUrl } from '../security/trustedUrl';
import { languageFromLocale } from './menuLanguage';
import { MENU_MESSAGES } from './messages';
import {
  AUTHORITY_URLS,
  escapeMnemonic,
  GDPR_TEXT_URL,
  MAX_RECENT_IN_MENU,
  menuTemplate,
  type MenuHandlers,
  type MenuOptions,
} from './menuTemplate';

function handlers() {
  return {
    command: vi.fn((_name: string) => undefined),
    openRecent: vi.fn((_index: number) => undefined),
    clearRecent: vi.fn(() => undefined),
    about: vi.fn(() => undefined),
    openHelp: vi.fn((_url: string) => undefined),
  } satisfies MenuHandlers;
}

const LINUX: MenuOptions = { isMac: false, isPackaged: true, recent: [] };

/** Every item of a template, depth first. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function submenuIds(template: MenuItemConstructorOptions[], id: string): (string | undefined)[] {
  const submenu = byId(template, id).submenu;
  return Array.isArray(submenu) ? submenu.map((item) => (item.type === 'separator' ? '—' : item.id)) : [];
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('application menu', () => {
  for (const lang of UI_LANGUAGES) {
    describe(lang, () => {
      const options: MenuOptions = { isMac: false, isPackaged: false, recent: ['cm.ropa.json', 'R&D.ropa.json'] };

      it("labels every item from the language's own table", () => {
        const template = menuTemplate(lang, handlers(), options);
        const own = new Set(Object.values(MENU_MESSAGES[lang]));
        const recentLabels = new Set(options.recent.map(escapeMnemonic));
        for (const item of items(template)) {
          if (item.type === 'separator') continue;
          expect(item.label, `label of ${item.id}`).toBeTruthy();
          expect(own.has(item.label ?? '') || recentLabels.has(item.label ?? ''), `${item.id}: ${item.label}`).toBe(
            true,
          );
        }
      });

      it("is translated: no label of another language's table where the words differ", () => {
        const template = menuTemplate(lang, handlers(), { ...LINUX, recent: [] });
        for (const other of UI_LANGUAGES.filter((l) => l !== lang)) {
          const mine = MENU_MESSAGES[lang];
          const theirs = MENU_MESSAGES[other];
          const foreign = new Set(
            (Object.keys(theirs) as (keyof typeof theirs)[])
              .filter((key) => theirs[key] !== mine[key])
              .map((key) => theirs[key]),
          );
          for (const item of items(template))
            expect(foreign.has(item.label ?? ''), `${item.id} in ${lang}: ${item.label}`).toBe(false);
        }
      });

      it('has the File items in order, ending with Quit', () => {
        const template = menuTemplate(lang, handlers(), LINUX);
        expect(template.map((menu) => menu.id)).toEqual(['file', 'edit', 'view', 'help']);
        expect(submenuIds(template, 'file')).toEqual([
          'file.new-activity',
          '—',
          'file.open-register',
          'file.recent',
          'file.save-backup',
          '—',
          'file.import',
          'file.export-xlsx',
          'file.export-pdf',
          '—',
          'file.quit',
        ]);
        expect(byId(template, 'file.quit').role).toBe('quit');
        expect(byId(template, 'file').label).toBe(MENU_MESSAGES[lang].file);
      });

      it('gives each top-level menu its own access key', () => {
        const template = menuTemplate(lang, handlers(), LINUX);
        const keys = template.map((menu) => /&(\p{L})/u.exec(menu.label ?? '')?.[1]?.toLowerCase());
        expect(keys.every((key) => key !== undefined)).toBe(true);
        expect(new Set(keys).size).toBe(keys.length);
      });

      it('sends each File command to its handler', () => {
        const h = handlers();
        const template = menuTemplate(lang, h, LINUX);
        for (const name of MENU_COMMAND_NAMES) click(byId(template, `file.${name}`));
        expect(h.command.mock.calls).toEqual(MENU_COMMAND_NAMES.map((name) => [name]));
      });

      it("opens the GDPR text and the authority's site in this language, both trusted links", () => {
        const h = handlers();
        const template = menuTemplate(lang, h, LINUX);
        click(byId(template, 'help.gdpr'));
        click(byId(template, 'help.authority'));
        expect(h.openHelp.mock.calls).toEqual([[GDPR_TEXT_URL], [AUTHORITY_URLS[lang]]]);
        for (const [url] of h.openHelp.mock.calls) expect(isTrustedExternalUrl(url as string)).toBe(true);
        click(byId(template, 'help.about'));
        expect(h.about).toHaveBeenCalledTimes(1);
      });
    });
  }

  it('has Edit roles and View zoom and full screen', () => {
    const template = menuTemplate('en', handlers(), LINUX);
    const roles = (id: string) => {
      const submenu = byId(template, id).submenu;
      return Array.isArray(submenu) ? submenu.filter((i) => i.type !== 'separator').map((i) => i.role) : [];
    };
    expect(roles('edit')).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles('view')).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('offers reload and developer tools only in development', () => {
    const development = menuTemplate('en', handlers(), { ...LINUX, isPackaged: false });
    const packaged = menuTemplate('en', handlers(), LINUX);
    const roles = (template: MenuItemConstructorOptions[]) => items(template).map((i) => i.role);
    expect(roles(development)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(roles(packaged)).not.toContain(role);
  });

  it('lists recent files by name, opens them by index, and clears them', () => {
    const h = handlers();
    const template = menuTemplate('nl', h, { ...LINUX, recent: ['cm.ropa.json', 'R&D.ropa.json'] });
    expect(submenuIds(template, 'file.recent')).toEqual(['file.recent.0', 'file.recent.1', '—', 'file.recent.clear']);
    expect(byId(template, 'file.recent.1').label).toBe('R&&D.ropa.json');
    click(byId(template, 'file.recent.1'));
    click(byId(template, 'file.recent.clear'));
    expect(h.openRecent).toHaveBeenCalledWith(1);
    expect(h.clearRecent).toHaveBeenCalledTimes(1);
  });

  it('says when there are no recent files, and lists at most the newest ten', () => {
    const empty = menuTemplate('fr', handlers(), LINUX);
    expect(byId(empty, 'file.recent.none')).toMatchObject({ label: 'Aucun fichier récent', enabled: false });
    const many = Array.from({ length: 15 }, (_, i) => `r${i}.ropa.json`);
    const full = menuTemplate('en', handlers(), { ...LINUX, recent: many });
    expect(items(full).filter((i) => i.id?.match(/^file\.recent\.\d+$/))).toHaveLength(MAX_RECENT_IN_MENU);
  });

  it('on macOS: an application menu with About and Quit, Close in File, and a Window menu', () => {
    const h = handlers();
    const template = menuTemplate('fr', h, { ...LINUX, isMac: true });
    expect(template.map((menu) => menu.id)).toEqual(['app', 'file', 'edit', 'view', 'window', 'help']);
    expect(submenuIds(template, 'app')).toContain('app.quit');
    expect(submenuIds(template, 'file').at(-1)).toBe('file.close');
    expect(submenuIds(template, 'help')).toEqual(['help.gdpr', 'help.authority']);
    click(byId(template, 'help.about'));
    expect(h.about).toHaveBeenCalled();
    expect(byId(template, 'app.quit').label).toBe('Quitter');
  });

  it('speaks German with the usual menu words', () => {
    const template = menuTemplate('de', handlers(), { ...LINUX, isPackaged: false });
    expect(template.map((menu) => menu.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Hilfe']);
    const label = (id: string) => byId(template, id).label;
    expect(['file.recent', 'file.recent.none', 'file.quit'].map(label)).toEqual([
      'Zuletzt geöffnet',
      'Keine zuletzt geöffneten Dateien',
      'Beenden',
    ]);
    expect(['edit.undo', 'edit.redo', 'edit.cut', 'edit.copy', 'edit.paste', 'edit.select-all'].map(label)).toEqual([
      'Rückgängig',
      'Wiederholen',
      'Ausschneiden',
      'Kopieren',
      'Einfügen',
      'Alles auswählen',
    ]);
    expect(label('help.gdpr')).toBe('Text der DSGVO (EUR-Lex)');
  });

  it('picks the first menu language from the system locale', () => {
    expect(languageFromLocale('nl-BE')).toBe<UiLanguage>('nl');
    expect(languageFromLocale('fr_FR')).toBe<UiLanguage>('fr');
    expect(languageFromLocale('de-BE')).toBe<UiLanguage>('de');
    expect(languageFromLocale('de_AT')).toBe<UiLanguage>('de');
    expect(languageFromLocale('es-ES')).toBe<UiLanguage>('en');
    expect(languageFromLocale('')).toBe<UiLanguage>('en');
  });
});
