/**
 * `ropa notice FILE --controller ID --lang L --format html|pdf --out OUT`: the privacy notice (Art. 13 and 14 GDPR)
 * of one controller, or of a group when --controller is given more than once, made from the register.
 */
import { isUiLanguage, type UiLanguage } from '../../i18n/languages';
import { buildNotice } from '../../notice/buildNotice';
import { noticeHtml } from '../../notice/noticeHtml';
import { fingerprint } from '../../register/canonical';
import {
  COMMON_OPTIONS,
  formatOption,
  inputFile,
  LANG_CHOICES,
  languageOption,
  parseCommandLine,
  requiredOption,
  shown,
  todayOption,
} from '../args';
import { CliError, EXIT, message } from '../errors';
import { checkOutputPath, readRegisterInput, writeFileAtomic } from '../files';
import type { CliIo } from '../io';
import { GENERATOR, HELP_HELP, helpText, type Command } from './command';
import { unknownController } from './export';

export const NOTICE_FORMATS = ['html', 'pdf'] as const;

const usage = `ropa notice FILE --controller ID [--controller ID ...] --format ${NOTICE_FORMATS.join('|')} --out OUT [--lang ${LANG_CHOICES}] [--today YYYY-MM-DD]`;

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('ropa notice', {
    args: argv,
    options: {
      ...COMMON_OPTIONS,
      controller: { type: 'string', multiple: true },
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      today: { type: 'string' },
    },
  });
  if (values.help) return (io.stdout(noticeCommand.help), EXIT.ok);
  const ui = languageOption(values.lang);
  const file = inputFile(positionals, usage);
  const controllerIds = values.controller ?? [];
  if (controllerIds.length === 0) throw new CliError('missingOption', { option: '--controller', usage });
  for (const id of controllerIds) if (id === '') throw new CliError('missingValue', { option: '--controller' });
  const format = formatOption(requiredOption(values.format, '--format', usage), NOTICE_FORMATS);
  const out = requiredOption(values.out, '--out', usage);
  const date = todayOption(values.today, io.now());
  await checkOutputPath(out);

  const { register } = await readRegisterInput(file);
  for (const id of controllerIds) {
    const organisation = register.organisations.find((o) => o.id === id);
    if (organisation === undefined) throw unknownController(register, id, file, ui);
    if (organisation.kind !== 'controller' && organisation.kind !== 'joint-controller')
      throw new CliError('notAController', { id: shown(id), name: shown(organisation.name), file });
  }
  // The notice speaks --lang; without it, the register's own language (messages stay in English, as everywhere).
  const lang: UiLanguage =
    values.lang !== undefined ? ui : isUiLanguage(register.meta.mainLanguage) ? register.meta.mainLanguage : 'en';
  const doc = buildNotice(register, { controllerIds, lang, date });
  const output = format === 'html' ? noticeHtml(doc) : await (await import('../../notice/noticePdf')).noticePdf(doc);
  await writeFileAtomic(out, output);
  io.stdout(`${message(ui, 'written', { file: out, fingerprint: fingerprint(register) })}\n`);
  if (doc.missing.length > 0) io.stderr(`ropa: ${message(ui, 'noticeProblems', { count: doc.missing.length })}\n`);
  return EXIT.ok;
}

export const noticeCommand: Command = {
  name: 'notice',
  summary: 'make the privacy notice (Art. 13 and 14 GDPR) of a controller as HTML or PDF',
  usage,
  help: helpText(
    usage,
    `Makes the privacy notice of one controller, or of a group of controllers that inform data subjects together, from the register (${GENERATOR}). Internal fields never appear in it.`,
    [
      ['--controller ID', 'the controller (an organisation of kind controller); repeat it for a group'],
      ['-f, --format F', `${NOTICE_FORMATS.join(' or ')}: a standalone web page, or a PDF in the register PDF's style`],
      ['-o, --out OUT', 'the file to write; replaced whole, or left as it was on failure'],
      [
        `--lang ${LANG_CHOICES}`,
        "language of the notice and of messages (default: the register's main language; messages in en)",
      ],
      ['--today YYYY-MM-DD', 'the date the notice carries (default: today)'],
      HELP_HELP,
    ],
  ),
  run,
};
