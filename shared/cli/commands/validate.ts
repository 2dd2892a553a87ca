/** `ropa validate FILE`: the findings of the validation rules, for people or (with --json) for programs. */
import type { UiLanguage } from '../../i18n/languages';
import { countBySeverity, findingMessage, validateRegister } from '../../validation/validate';
import type { Finding } from '../../validation/finding';
import { COMMON_OPTIONS, inputFile, LANG_CHOICES, languageOption, parseCommandLine, todayOption } from '../args';
import { EXIT, message } from '../errors';
import { readRegisterInput } from '../files';
import type { CliIo } from '../io';
import { HELP_HELP, helpText, LANG_HELP, type Command } from './command';

const usage = `ropa validate FILE [--lang ${LANG_CHOICES}] [--json] [--today YYYY-MM-DD]`;

/** One line, whatever the record names and messages hold. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function findingLine(finding: Finding, lang: UiLanguage): string {
  const record = finding.recordName !== undefined ? ` «${oneLine(finding.recordName)}»` : '';
  const field = finding.field !== undefined ? ` ${finding.field}` : '';
  const text = oneLine(findingMessage(finding, lang));
  return `${finding.severity.toUpperCase()} ${finding.code} ${finding.kind}${record}${field}: ${text}`;
}

export function findingJson(finding: Finding, lang: UiLanguage) {
  return {
    code: finding.code,
    severity: finding.severity,
    kind: finding.kind,
    recordId: finding.recordId ?? null,
    recordName: finding.recordName ?? null,
    field: finding.field ?? null,
    message: findingMessage(finding, lang),
  };
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('ropa validate', {
    args: argv,
    options: { ...COMMON_OPTIONS, json: { type: 'boolean' }, today: { type: 'string' } },
  });
  if (values.help) return (io.stdout(validateCommand.help), EXIT.ok);
  const lang = languageOption(values.lang);
  const file = inputFile(positionals, usage);
  const today = todayOption(values.today, io.now());

  const result = await readRegisterInput(file);
  if (result.fingerprintMismatch) io.stderr(`ropa: ${message(lang, 'fingerprintMismatch', { file })}\n`);
  const findings = validateRegister(result.register, { today });
  const counts = countBySeverity(findings);

  if (values.json) {
    io.stdout(
      `${JSON.stringify(
        findings.map((f) => findingJson(f, lang)),
        null,
        2,
      )}\n`,
    );
  } else {
    const lines = findings.map((f) => findingLine(f, lang));
    lines.push(
      message(lang, 'summary', {
        errors: message(lang, 'errors', { count: counts.error }),
        warnings: message(lang, 'warnings', { count: counts.warning }),
        infos: message(lang, 'infos', { count: counts.info }),
      }),
    );
    io.stdout(`${lines.join('\n')}\n`);
  }
  return counts.error > 0 ? EXIT.findings : EXIT.ok;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'list the findings of the validation rules',
  usage,
  help: helpText(
    usage,
    'Checks the register and prints one line per finding (SEVERITY CODE kind «record» field: message) and a\n' +
      'summary. Exit code 1 when there is at least one error, 0 otherwise.',
    [
      LANG_HELP,
      ['--json', 'print a JSON array of {code, severity, kind, recordId, recordName, field, message}'],
      ['--today YYYY-MM-DD', 'the date review deadlines are checked against (default: today)'],
      HELP_HELP,
    ],
  ),
  run,
};
