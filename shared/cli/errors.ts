/**
 * Exit codes and the errors that end a command. Every failure becomes one line on stderr, prefixed "ropa: ";
 * only an unexpected error (a bug) exits with 3, and shows its stack only when ROPA_DEBUG is set.
 */
import type { UiLanguage } from '../i18n/languages';
import { translate, type MessageParams } from '../i18n/translate';
import { RegisterFileError } from '../register/registerFile';
import { RegisterFolderError } from '../registerFolder/registerFolder';
import { WorkbookImportError } from '../excel/importErrors';
import { UnknownOrganisationError } from '../register/controllerScope';
import { excerptText } from '../register/excerpt';
import { SpreadsheetImportError } from '../spreadsheetImport/planError';
import type { SpreadsheetReadError } from '../spreadsheetImport/readers/readError';
import { CLI_MESSAGES, type CliMessageKey } from './messages';

export const EXIT = {
  /** Done; for `validate`: no errors among the findings. */
  ok: 0,
  /** `validate` found at least one error; `merge` found conflicts. */
  findings: 1,
  /** Bad input: usage, options, unreadable or invalid files, formats not available yet. */
  badInput: 2,
  /** An unexpected internal error. */
  internal: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A refusal the user can act on: a message key of the CLI table and its parameters. */
export class CliError extends Error {
  constructor(
    readonly key: CliMessageKey,
    readonly params: MessageParams = {},
    readonly exitCode: ExitCode = EXIT.badInput,
  ) {
    super(translate(CLI_MESSAGES, 'en', key, params));
    this.name = 'CliError';
  }
  localized(lang: UiLanguage): string {
    return translate(CLI_MESSAGES, lang, this.key, this.params);
  }
}

/** A register file or register folder that was refused, with the file or folder it came from. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: RegisterFileError | RegisterFolderError,
  ) {
    super(`${file}: ${problem.message}`);
    this.name = 'InputFileError';
  }
}

/** A spreadsheet that cannot be read at all (damaged, encrypted, a zip bomb), with the file it came from. */
export class SpreadsheetRefusal extends Error {
  constructor(
    readonly file: string,
    readonly problem: SpreadsheetReadError,
  ) {
    super(`${file}: ${problem.message}`);
    this.name = 'SpreadsheetRefusal';
  }
}

export function message(lang: UiLanguage, key: CliMessageKey, params: MessageParams = {}): string {
  return translate(CLI_MESSAGES, lang, key, params);
}

/** The one line (without "ropa: " and newline) and the exit code for anything a command threw. */
export function describeFailure(error: unknown, lang: UiLanguage): { line: string; exitCode: ExitCode } {
  if (error instanceof CliError) return { line: error.localized(lang), exitCode: error.exitCode };
  if (error instanceof InputFileError) {
    return {
      line: message(lang, 'fileProblem', { file: error.file, message: error.problem.localized(lang) }),
      exitCode: EXIT.badInput,
    };
  }
  if (error instanceof RegisterFileError) return { line: error.localized(lang), exitCode: EXIT.badInput };
  if (error instanceof RegisterFolderError) return { line: error.localized(lang), exitCode: EXIT.badInput };
  if (error instanceof WorkbookImportError) return { line: error.localized(lang), exitCode: EXIT.badInput };
  if (error instanceof SpreadsheetRefusal) {
    return {
      line: message(lang, 'fileProblem', { file: error.file, message: error.problem.localized(lang) }),
      exitCode: EXIT.badInput,
    };
  }
  // No processing activity found, or none under the header: the message says what was looked for.
  if (error instanceof SpreadsheetImportError) return { line: error.localized(lang), exitCode: EXIT.badInput };
  if (error instanceof UnknownOrganisationError) {
    return {
      line: message(lang, 'unknownOrganisation', { id: excerptText(error.organisationId) }),
      exitCode: EXIT.badInput,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    line: message(lang, 'internalError', { detail: excerptText(firstLine(detail), 200) }),
    exitCode: EXIT.internal,
  };
}

export function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}
