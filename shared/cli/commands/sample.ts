/** `ropa sample --out FILE`: writes the built-in sample register, a starting point and a demonstration. */
import { fingerprint } from '../../register/canonical';
import { writeRegisterFile } from '../../register/registerFile';
import { sampleRegister } from '../../sample/sampleRegister';
import { COMMON_OPTIONS, languageOption, noPositionals, parseCommandLine, requiredOption } from '../args';
import { EXIT, message } from '../errors';
import { checkOutputPath, writeFileAtomic } from '../files';
import type { CliIo } from '../io';
import { GENERATOR, HELP_HELP, helpText, LANG_HELP, type Command } from './command';

const usage = 'ropa sample --out FILE';

async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('ropa sample', {
    args: argv,
    options: { ...COMMON_OPTIONS, out: { type: 'string', short: 'o' } },
  });
  if (values.help) return (io.stdout(sampleCommand.help), EXIT.ok);
  const lang = languageOption(values.lang);
  noPositionals(positionals, usage);
  const out = requiredOption(values.out, '--out', usage);
  await checkOutputPath(out);

  const register = sampleRegister();
  await writeFileAtomic(out, writeRegisterFile(register, { savedAt: io.now().toISOString(), generator: GENERATOR }));
  io.stdout(`${message(lang, 'written', { file: out, fingerprint: fingerprint(register) })}\n`);
  return EXIT.ok;
}

export const sampleCommand: Command = {
  name: 'sample',
  summary: 'write the sample register to a register file',
  usage,
  help: helpText(usage, 'Writes the built-in sample register (deterministic: same fingerprint every time).', [
    ['-o, --out FILE', 'the register file to write (*.ropa.json); replaced whole, or left as it was on failure'],
    LANG_HELP,
    HELP_HELP,
  ]),
  run,
};
