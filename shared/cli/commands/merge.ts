/**
 * `ropa merge BASE OURS THEIRS --out OUT`: the three-way merge of a register (shared/registerMerge), and Git's merge
 * driver for a register folder: `ropa merge %O %A %B --out %A` merges one record file or `register.json` the same
 * way. Writes OUT and exits 0 when nothing conflicts; otherwise lists the conflicts and exits 1 writing nothing.
 */
import type { UiLanguage } from '../../i18n/languages';
import { excerptText, quoteValue } from '../../register/excerpt';
import { mergeFileTexts, type FileInput, type MergeConflict, type MergeDanglingLink } from '../../registerMerge';
import { MERGE_DRIVER_COMMAND, MERGE_DRIVER_NAME } from '../../registerFolder/folderFormat';
import { COMMON_OPTIONS, languageOption, parseCommandLine, requiredOption, shown } from '../args';
import { CliError, EXIT, message } from '../errors';
import { checkOutputPath, decodeText, readInputBytes, writeFileAtomic } from '../files';
import type { CliIo } from '../io';
import { GENERATOR, HELP_HELP, helpText, LANG_HELP, type Command } from './command';

const usage = 'ropa merge BASE OURS THEIRS --out OUT';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function valueText(value: unknown, lang: UiLanguage): string {
  if (value === undefined) return message(lang, 'absent');
  if (typeof value === 'string') return quoteValue(oneLine(value));
  if (value === null || typeof value !== 'object') return String(value);
  return excerptText(JSON.stringify(value), 80);
}

function recordText(kind: string, name: string): string {
  return name === '' ? kind : `${kind} «${excerptText(oneLine(name), 60)}»`;
}

export function conflictLine(conflict: MergeConflict, lang: UiLanguage): string {
  return message(lang, 'conflictLine', {
    record: recordText(conflict.kind, conflict.recordName),
    field: conflict.path === '' ? message(lang, 'conflictWholeRecord') : conflict.path,
    ours: valueText(conflict.ours, lang),
    theirs: valueText(conflict.theirs, lang),
    base: valueText(conflict.base, lang),
  });
}

function danglingLine(link: MergeDanglingLink, lang: UiLanguage): string {
  return message(lang, 'danglingLink', { record: `${link.kind} ${link.id}`, field: link.field, id: link.missingId });
}

async function readInput(file: string): Promise<FileInput> {
  return { name: file, text: decodeText(file, await readInputBytes(file)) };
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('ropa merge', {
    args: argv,
    options: { ...COMMON_OPTIONS, out: { type: 'string', short: 'o' } },
  });
  if (values.help) return (io.stdout(mergeCommand.help), EXIT.ok);
  const lang = languageOption(values.lang);
  const [base, ours, theirs, extra] = positionals;
  if (extra !== undefined) throw new CliError('unexpectedArgument', { argument: shown(extra), usage });
  if (!base || !ours || !theirs) throw new CliError('missingInput', { usage });
  const out = requiredOption(values.out, '--out', usage);
  await checkOutputPath(out);

  const inputs = [await readInput(base), await readInput(ours), await readInput(theirs)] as const;
  const result = mergeFileTexts(...inputs, { savedAt: io.now().toISOString(), generator: GENERATOR });
  for (const link of result.danglingLinks) io.stderr(`ropa: ${danglingLine(link, lang)}\n`);
  if (result.text === undefined) {
    const lines = result.conflicts.map((conflict) => conflictLine(conflict, lang));
    lines.push(message(lang, 'conflictsFound', { count: result.conflicts.length, file: out }));
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT.findings;
  }
  await writeFileAtomic(out, result.text);
  const done =
    result.fingerprint !== undefined
      ? message(lang, 'mergedRegister', { file: out, fingerprint: result.fingerprint })
      : message(lang, 'merged', { file: out });
  io.stdout(`${done}\n`);
  return EXIT.ok;
}

export const mergeCommand: Command = {
  name: 'merge',
  summary: "merge two versions of a register with their common base, field by field (also Git's merge driver)",
  usage,
  help: helpText(
    usage,
    'Merges OURS and THEIRS, two versions of BASE, record by record and field by field: changes to different\n' +
      'fields, purposes, translations or links merge; the same field changed two ways, or a record deleted on one\n' +
      "side and changed on the other, is a conflict. The three files are register files, or — as Git's merge\n" +
      'driver for a register folder — three versions of one record file or of register.json (an empty BASE is a\n' +
      'file both sides added). Exit 0: merged, OUT written. Exit 1: the conflicts are listed (record, field, both\n' +
      "values) and nothing is written. In a register folder's repository:\n" +
      `  git config merge.${MERGE_DRIVER_NAME}.driver "${MERGE_DRIVER_COMMAND}"`,
    [['-o, --out OUT', 'the merged file; may be OURS (as Git asks of a merge driver)'], LANG_HELP, HELP_HELP],
  ),
  run,
};
