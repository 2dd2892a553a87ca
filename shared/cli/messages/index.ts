/**
 * What the `ropa` command says, registered in every interface language. Usage texts stay English (like most
 * command-line tools); everything a user acts on — errors and results — follows `--lang`.
 */
import { defineMessages } from '../../i18n/translate';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

export const CLI_MESSAGES = defineMessages({ en, nl, fr, de });
export type CliMessageKey = keyof typeof en;
