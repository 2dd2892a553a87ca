/** Where main.ts finds the menu's words; the catalogue itself, one file per language, is in ./messages/. */
export { MENU_MESSAGES, type MenuMessageKey } from './messages';
