/**
 * Command-line parsing on top of `node:util` parseArgs (strict): its errors become one-line CliErrors, and the
 * few option values that need checking (language, format, date) are checked against shared/ definitions.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/languages';
import { isoDateSchema } from '../model/primitives';
import { CliError } from './errors';

/** What `--lang` accepts, as help texts and usage lines show it. */
export const LANG_CHOICES = UI_LANGUAGES.join('|');

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses `args` for `command`, turning parseArgs' own errors into CliErrors. */
export function parseCommandLine<T extends ParseArgsConfig>(
  command: string,
  config: T,
): ReturnType<typeof parseArgs<T & { strict: true; allowPositionals: true }>> {
  try {
    return parseArgs({ ...config, strict: true, allowPositionals: true });
  } catch (error) {
    throw toCliError(command, error);
  }
}

function toCliError(command: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const text = error instanceof Error ? error.message : '';
  // "Option '-o, --out <value>' argument missing": name the long form when there is one.
  const option = /(--[\w-]+)/.exec(text)?.[1] ?? /'(-[^' ,]+)/.exec(text)?.[1] ?? '?';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new CliError('unknownOption', { option, command });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new CliError(/does not take an argument/.test(text) ? 'noValueExpected' : 'missingValue', { option });
  }
  return error;
}

/**
 * The language named by `--lang` anywhere in the arguments, when it is a valid one: errors are shown in it even
 * when the rest of the command line is wrong.
 */
export function requestedLanguage(argv: readonly string[]): UiLanguage | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isUiLanguage(value)) return value;
  }
  return undefined;
}

export function languageOption(value: string | undefined): UiLanguage {
  if (value === undefined) return 'en';
  if (!isUiLanguage(value)) throw new CliError('badLanguage', { value, languages: UI_LANGUAGES.join(', ') });
  return value;
}

/** The single input file of a command. */
export function inputFile(positionals: readonly string[], usage: string): string {
  const [file, extra] = positionals;
  if (extra !== undefined) throw new CliError('unexpectedArgument', { argument: extra, usage });
  if (file === undefined || file === '') throw new CliError('missingInput', { usage });
  return file;
}

export function noPositionals(positionals: readonly string[], usage: string): void {
  const [extra] = positionals;
  if (extra !== undefined) throw new CliError('unexpectedArgument', { argument: extra, usage });
}

export function requiredOption(value: string | undefined, option: string, usage: string): string {
  if (value === undefined) throw new CliError('missingOption', { option, usage });
  if (value === '') throw new CliError('missingValue', { option });
  return value;
}

/** A value of `--format` among `formats`. */
export function formatOption<F extends string>(value: string, formats: readonly F[]): F {
  if (!(formats as readonly string[]).includes(value)) {
    throw new CliError('badFormat', { value, formats: formats.join(', ') });
  }
  return value as F;
}

export function dateOption(value: string): string {
  if (!isoDateSchema.safeParse(value).success) throw new CliError('badDate', { value });
  return value;
}
