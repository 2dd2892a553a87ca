/**
 * The register file's documentation, written from the field descriptors and words: every record kind with every
 * field, its type, whether it is required, translatable or internal, what it links to and the point of Art. 30 it
 * serves. `docs/register-file.md` is this text; a test keeps the two equal, so the documentation never drifts.
 */
import { fieldLabel } from '../catalogue/fieldLabels';
import { KIND_LABELS } from '../catalogue/fieldLabels';
import { flattenFields, type FieldEntry, type FieldTableOf, type Widget } from '../model/fieldDescriptor';
import { RECORD_FIELDS, RECORD_KINDS, registerMetaFields } from '../model/register';
import { fieldWords, wordsKeyOf } from '../model/words';
import { FILE_FORMAT, FILE_VERSION, FILE_EXTENSION } from './fileVersion';

function typeOf(widget: Widget): string {
  switch (widget.type) {
    case 'id':
      return 'id (UUID)';
    case 'text':
      return widget.multiline ? 'text (several lines)' : 'text';
    case 'date':
      return 'date (YYYY-MM-DD)';
    case 'boolean':
      return 'true / false';
    case 'duration':
      return 'period (ISO 8601, e.g. P18M)';
    case 'language':
      return 'language code (nl, fr, en, de)';
    case 'fieldKeys':
      return 'list of field keys (kind.field)';
    case 'enum':
      return `one of: ${widget.values.map((v) => `\`${v}\``).join(', ')}`;
    case 'enumMulti':
      return `list of: ${widget.values.map((v) => `\`${v}\``).join(', ')}`;
    case 'code':
      return widget.catalogue === 'legalGround' ? 'GDPR ground code (e.g. `6.1.c`)' : 'transfer mechanism code';
    case 'country':
      return 'country (ISO 3166-1 alpha-2)';
    case 'countries':
      return 'list of countries (ISO 3166-1 alpha-2)';
    case 'link':
      return `id of ${linkTarget(widget.to)}`;
    case 'links':
      return `list of ids of ${linkTarget(widget.to)}`;
    case 'object':
      return 'object';
    case 'list':
      return 'list of items';
  }
}

const linkTarget = (to: string): string =>
  to === 'ownPurposes' ? "the activity's own purposes" : (KIND_LABELS[to as keyof typeof KIND_LABELS]?.many.en ?? to);

function row(entry: FieldEntry): string {
  const d = entry.descriptor;
  const key = wordsKeyOf(entry.path);
  const label = key ? fieldLabel(key, 'en') : '';
  const words = key ? ['nl', 'fr', 'de'].map((lang) => fieldLabel(key, lang as 'nl')).join(' / ') : '';
  const marks = [
    d.required ? 'required' : '',
    d.translatable ? 'translatable' : '',
    d.internal ? 'internal' : '',
    d.art30 ? d.art30.map((p) => `Art. 30(${p[0]})(${p[1]})`).join(', ') : '',
  ]
    .filter(Boolean)
    .join(', ');
  const help = fieldWords(entry.path, 'en')?.help ?? '';
  const cells = [`\`${entry.path}\``, label, words, typeOf(d.widget), marks, help];
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

function table(fields: FieldTableOf<string>): string[] {
  return [
    '| field | label (en) | nl / fr / de | value | notes | help |',
    '| --- | --- | --- | --- | --- | --- |',
    ...flattenFields(fields).map(row),
  ];
}

/** The whole documentation, in Markdown. */
export function registerFileDocumentation(): string {
  const out: string[] = [
    '# The register file',
    '',
    '<!-- Written by `npm run docs:register-file` from the field descriptors in shared/model/; do not edit by hand. -->',
    '',
    `A register is kept in one JSON file (\`*${FILE_EXTENSION}\`): \`{ "format": "${FILE_FORMAT}", "version": ${FILE_VERSION}, "savedAt": "...", "fingerprint": "...", "meta": {...}, "organisations": [...], "activities": [...], ... }\`.`,
    'Every record kind is a list of records; records link to each other by id. Free texts are written in the',
    'register\'s main language; their translations sit beside them in `i18n`: `{ "i18n": { "fr": { "name": "..." } } }`,',
    'for the fields marked translatable. Beside them, `i18nSource` holds for each translation the stamp of the main',
    'text it was made from (`{ "i18nSource": { "fr": { "name": "<16 hex digits>" } } }`: the first 16 hex digits of the',
    'SHA-256 of the main text, NFC-normalised and trimmed). A translation whose stamp differs from the stamp of the main',
    'text today is outdated: exports show the main text instead. A translation without a stamp counts as current.',
    'Fields marked internal are left out of the authority workbook and the PDF',
    'unless an internal edition is asked for. A dotted field (`retention.period`) is a field of each item of a list,',
    'or of an object.',
    '',
    '## The register (`meta`)',
    '',
    ...table(registerMetaFields),
  ];
  for (const kind of RECORD_KINDS) {
    out.push('', `## ${KIND_LABELS[kind].sheet.en} (\`${kind}\`)`, '', ...table(RECORD_FIELDS[kind]));
  }
  return `${out.join('\n')}\n`;
}
