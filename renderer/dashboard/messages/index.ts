/**
 * The dashboard's words and those of its charts, in every interface language. Kept apart from the interface
 * messages so the dashboard can grow without touching the rest; the vocabulary follows them and the PDF export
 * (Fouten / Erreurs / Errors / Fehler, ...), so a finding is called the same on screen and on paper.
 */
import { defineMessages } from '../../../shared/i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const DASHBOARD_MESSAGES = defineMessages({ en, nl, fr, de });
export type DashboardMessageKey = keyof typeof en;
