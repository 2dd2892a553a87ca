/**
 * The texts of a language to translate as an XLIFF 2.0 document (OASIS, urn:oasis:names:tc:xliff:document:2.0), the
 * format every translation tool reads, and the translated document read back.
 *
 * Layout, one `<unit>` per text:
 * ```xml
 * <unit id="u1" name="activities/<id>/purposes[<item id>].description">
 *   <notes>
 *     <note category="ropa-source-stamp">0123456789abcdef</note>   the stamp of the main text written here
 *     <note category="location">Processing activity: Payroll</note> for the translator, in the interface language
 *     <note category="field">Purposes 2</note>
 *   </notes>
 *   <segment state="initial"><source xml:space="preserve">…</source><target xml:space="preserve">…</target></segment>
 * </unit>
 * ```
 * The text's key is the unit's `name`, not its `id`: XLIFF requires an `id` to be an XML name token, which a key
 * (`/`, `[`) is not, and `name` is the core attribute meant for "the original identifier of the resource". The stamp
 * is a core `<note>` rather than an attribute of our own namespace because tools must keep notes, while they may
 * drop extension attributes. A target is the outdated translation (to revise) or empty; an outdated translation
 * that comes back with the segment still in state `initial` was not revised (see planImport.ts).
 *
 * Reading is strict where it matters for safety: a `<!DOCTYPE>` is refused before any parsing (no DTD, no entity can
 * be declared, let alone an external one), the parser expands no entity beyond XML's five and character references
 * (decoded here), and the size is limited by the caller.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { TextLanguage, UiLanguage } from '../../i18n/languages';
import { translate } from '../../i18n/translate';
import type { Register } from '../../model/register';
import { normaliseText, unsafeTextReason } from '../../register/textSafety';
import { TranslationFileError } from './errors';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  exchangeItems,
  type EntryProblem,
  type ExchangeEntry,
  type ExchangeFile,
  type WriteOptions,
} from './exchangeFile';
import { languageNameInText } from '../../i18n/languages';
import { FILE_TEXTS } from './messages';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** The note category that holds a text's source stamp. */
export const STAMP_NOTE = 'ropa-source-stamp';
/** The note category of the file-level note that marks the document as ours, with the layout version. */
const FORMAT_NOTE = 'ropa-format';

// ---------------------------------------------------------------------------------------------------------------
// Writing. By hand rather than with a builder: the document is small and regular, and every character of a text
// must come back exactly (a builder's pretty-printing would indent inside mixed content).
// ---------------------------------------------------------------------------------------------------------------

// Characters XML 1.0 cannot hold in any form (not even as a character reference), and lone surrogates.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are what must be replaced
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text content: markup characters escaped, and CR as a reference (a raw CR would be read back as LF). */
function escapeText(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value: also quotes, and the white space an XML reader would turn into spaces. */
function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/**
 * The XLIFF document of the texts of `lang` that need translating (missing or outdated). A register with nothing
 * to translate still gets a valid document (XLIFF requires a unit), holding no text with a stamp.
 */
export function writeTranslationXliff(register: Register, lang: TextLanguage, options: WriteOptions = {}): string {
  const ui: UiLanguage = options.ui ?? 'en';
  const main = register.meta.mainLanguage;
  const items = exchangeItems(register, lang, ui);
  const note = translate(FILE_TEXTS, ui, 'fileNote', {
    title: register.meta.title,
    source: languageNameInText(main, ui),
    target: languageNameInText(lang, ui),
  });
  const previousNote = translate(FILE_TEXTS, ui, 'previousNote');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="${main}" trgLang="${lang}">`,
    `  <file id="register" original="${escapeAttribute(register.meta.title)}">`,
    '    <notes>',
    `      <note category="${FORMAT_NOTE}">${EXCHANGE_FORMAT} ${EXCHANGE_VERSION}</note>`,
    `      <note category="instructions">${escapeText(note)}</note>`,
    '    </notes>',
  ];
  items.forEach((item, i) => {
    lines.push(
      `    <unit id="u${i + 1}" name="${escapeAttribute(item.key)}">`,
      '      <notes>',
      `        <note category="${STAMP_NOTE}">${item.stamp}</note>`,
      `        <note category="location">${escapeText(item.record)}</note>`,
      `        <note category="field">${escapeText(item.field)}</note>`,
      ...(item.previous !== undefined
        ? [`        <note category="instructions" appliesTo="target">${escapeText(previousNote)}</note>`]
        : []),
      '      </notes>',
      '      <segment state="initial">',
      `        <source xml:space="preserve">${escapeText(item.source)}</source>`,
      `        <target xml:space="preserve">${escapeText(item.previous ?? '')}</target>`,
      '      </segment>',
      '    </unit>',
    );
  });
  if (items.length === 0) {
    // XLIFF requires at least one unit in a file: an empty one, without a stamp, which reading skips.
    lines.push('    <unit id="none"><segment><source/></segment></unit>');
  }
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Reading.
// ---------------------------------------------------------------------------------------------------------------

/** A node of fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
type XmlNode = Record<string, unknown>;

const TEXT = '#text';
const CDATA = '#cdata';
const ATTRIBUTES = ':@';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // No entity is ever expanded by the parser: XML's own five and character references are decoded below, and a
  // document that declares entities is refused before it gets here.
  processEntities: false,
  cdataPropName: CDATA,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function tagOf(node: XmlNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ATTRIBUTES && key !== TEXT && key !== CDATA) return key;
  return undefined;
}

/** The local name of a tag: tools may write XLIFF with a namespace prefix (`xlf:unit`). */
const localName = (tag: string): string => tag.slice(tag.indexOf(':') + 1);

function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const children = tag === undefined ? undefined : node[tag];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

function attribute(node: XmlNode, name: string): string | undefined {
  const attributes = node[ATTRIBUTES] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  return typeof value === 'string' ? decodeEntities(value) : undefined;
}

function elements(nodes: readonly XmlNode[], name: string): XmlNode[] {
  return nodes.filter((node) => {
    const tag = tagOf(node);
    return tag !== undefined && localName(tag) === name;
  });
}

/** Codes that stand for something of the original document; a register text has none, so it cannot keep them. */
const CODES = new Set(['ph', 'pc', 'sc', 'ec']);

interface Content {
  text: string;
  /** The first inline code met, which makes the text unusable. */
  code?: string;
}

/** The plain text of a `<source>` or `<target>`: text, CDATA, annotations' content, `<cp>` characters. */
function contentOf(nodes: readonly XmlNode[]): Content {
  let text = '';
  let code: string | undefined;
  for (const node of nodes) {
    if (typeof node[TEXT] === 'string') {
      text += decodeEntities(node[TEXT]);
      continue;
    }
    const cdata = node[CDATA];
    if (Array.isArray(cdata)) {
      // CDATA is text as it stands: no reference in it is decoded.
      for (const part of cdata as XmlNode[]) if (typeof part[TEXT] === 'string') text += part[TEXT];
      continue;
    }
    const tag = tagOf(node);
    if (tag === undefined) continue;
    const name = localName(tag);
    if (name === 'cp') {
      // A character XML cannot hold, written as its code point: it goes through the unsafe-text cleaning below.
      const code = parseInt(attribute(node, 'hex') ?? '', 16);
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) text += String.fromCodePoint(code);
    } else if (name === 'mrk') {
      // An annotation (a term, a comment) around text: the text is the translation's, the annotation is dropped.
      const inner = contentOf(childrenOf(node));
      text += inner.text;
      code ??= inner.code;
    } else if (name === 'sm' || name === 'em') {
      // The two ends of an annotation that spans codes: no text of their own.
    } else if (CODES.has(name)) {
      code ??= name;
    } else {
      code ??= tag;
    }
  }
  return code !== undefined ? { text, code } : { text };
}

/**
 * Refuses a document type declaration in the prolog (the only place XML allows one): no DTD is read, so no entity
 * can be declared, expanded or fetched. Everything before the root element is XML declaration, processing
 * instructions, comments and white space, or else a document type.
 */
function refuseDoctype(text: string): void {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text.charAt(at))) at += 1;
    if (text.startsWith('<?', at)) {
      const end = text.indexOf('?>', at + 2);
      if (end < 0) return; // malformed: the validator says where
      at = end + 2;
    } else if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4);
      if (end < 0) return;
      at = end + 3;
    } else if (text.startsWith('<!', at)) {
      throw new TranslationFileError('doctype');
    } else {
      return;
    }
  }
}

/** Reads an XLIFF document written by `writeTranslationXliff` and filled in by a translator, as it is now. */
export function readTranslationXliff(text: string): ExchangeFile {
  const xml = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  refuseDoctype(xml);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new TranslationFileError('notXml', {
      line: valid.err.line,
      column: valid.err.col,
      detail: valid.err.msg,
    });
  }
  const document = parser.parse(xml) as XmlNode[];
  const root = document.find((node) => {
    const tag = tagOf(node);
    return tag !== undefined && tag !== CDATA;
  });
  const rootTag = root ? tagOf(root) : undefined;
  if (!root || rootTag === undefined || localName(rootTag) !== 'xliff') {
    throw new TranslationFileError('notXliff', { root: rootTag ?? '?' });
  }
  const version = attribute(root, 'version') ?? '?';
  const prefix = rootTag.includes(':') ? `xmlns:${rootTag.slice(0, rootTag.indexOf(':'))}` : 'xmlns';
  if (attribute(root, prefix) !== XLIFF_NAMESPACE || !/^2\.[01]$/.test(version)) {
    throw new TranslationFileError('xliffVersion', { version });
  }
  const entries: ExchangeEntry[] = [];
  const visit = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === undefined) continue;
      const name = localName(tag);
      if (name === 'group') visit(childrenOf(node));
      else if (name === 'unit') {
        const entry = readUnit(node);
        if (entry) entries.push(entry);
      }
    }
  };
  let marked = false;
  for (const file of elements(childrenOf(root), 'file')) {
    for (const notes of elements(childrenOf(file), 'notes'))
      for (const note of elements(childrenOf(notes), 'note'))
        if (attribute(note, 'category') === FORMAT_NOTE && noteText(note).startsWith(`${EXCHANGE_FORMAT} `))
          marked = true;
    visit(childrenOf(file));
  }
  const sourceLanguage = attribute(root, 'srcLang');
  const targetLanguage = attribute(root, 'trgLang');
  return {
    format: 'xliff',
    marked,
    entries,
    ...(sourceLanguage !== undefined ? { sourceLanguage } : {}),
    ...(targetLanguage !== undefined ? { targetLanguage } : {}),
  };
}

const noteText = (note: XmlNode): string => contentOf(childrenOf(note)).text.trim();

function readUnit(unit: XmlNode): ExchangeEntry | undefined {
  const children = childrenOf(unit);
  let stamp: string | undefined;
  let record: string | undefined;
  let field: string | undefined;
  for (const notes of elements(children, 'notes')) {
    for (const note of elements(childrenOf(notes), 'note')) {
      const category = attribute(note, 'category');
      if (category === STAMP_NOTE) stamp = noteText(note);
      else if (category === 'location') record = noteText(note);
      else if (category === 'field') field = noteText(note);
    }
  }
  const key = attribute(unit, 'name') ?? '';
  // The placeholder unit of a document with nothing to translate, or a unit a tool added: not one of our texts.
  if (stamp === undefined && key === '') return undefined;
  const at = { unit: attribute(unit, 'id') ?? '?' };

  let source = '';
  let target = '';
  let translatedParts = 0;
  let untranslatedParts = 0;
  let reviewed = true;
  let refused: EntryProblem | undefined;
  for (const part of children) {
    const tag = tagOf(part);
    const name = tag === undefined ? '' : localName(tag);
    if (name !== 'segment' && name !== 'ignorable') continue;
    const partChildren = childrenOf(part);
    const partSource = contentOf(elements(partChildren, 'source').flatMap(childrenOf));
    const targets = elements(partChildren, 'target');
    const partTarget = contentOf(targets.flatMap(childrenOf));
    source += partSource.text;
    if (name === 'ignorable') {
      // White space or the like between segments: its target when it has one, else its source.
      target += targets.length > 0 ? partTarget.text : partSource.text;
    } else {
      target += partTarget.text;
      if (partTarget.text.trim() !== '') translatedParts += 1;
      else if (partSource.text.trim() !== '') untranslatedParts += 1;
      // XLIFF's default state is `initial`: a tool that marks nothing has not said the text is translated.
      if ((attribute(part, 'state') ?? 'initial') === 'initial') reviewed = false;
    }
    if (partTarget.code !== undefined) refused ??= { key: 'markup', params: { element: partTarget.code } };
  }
  if (!refused && translatedParts > 0 && untranslatedParts > 0) refused = { key: 'partial' };
  let cleaned = false;
  if (unsafeTextReason(target) !== undefined) {
    target = normaliseText(target);
    cleaned = true;
  }
  return {
    at,
    key,
    source,
    target,
    reviewed,
    ...(stamp !== undefined ? { stamp } : {}),
    ...(record !== undefined ? { record } : {}),
    ...(field !== undefined ? { field } : {}),
    ...(refused ? { refused } : {}),
    ...(cleaned ? { cleaned } : {}),
  };
}
