/**
 * Why a field of a register file is invalid, in words of the file message catalogue: zod's issues mapped to
 * message keys by their code (never by zod's English text), with the value found quoted as a short excerpt.
 * Parse with `{ reportInput: true }` so the issues carry the value found.
 */
import type { z } from 'zod';
import type { MessageParams } from '../i18n/translate';
import { quoteList, quoteValue } from './excerpt';
import type { FileMessageKey } from './messages';
import type { Reason } from './reason';

type Issue = z.core.$ZodIssue;

/**
 * Checks the model writes as `refine` (zod calls them "custom") carry only an English message; these are the ones
 * the register's schemas use. A check added to the schemas without an entry here is still refused, as "not valid".
 */
const CUSTOM_MESSAGES: Readonly<Record<string, FileMessageKey>> = {
  'must be an ISO 3166-1 alpha-2 country code': 'reasonCountry',
  'must be a UUID (lower-case hex)': 'reasonId',
  'must not be empty': 'reasonEmpty',
};

const TYPE_KEYS: Readonly<Record<string, FileMessageKey>> = {
  string: 'reasonExpectText',
  number: 'reasonExpectNumber',
  int: 'reasonExpectNumber',
  boolean: 'reasonExpectBoolean',
  array: 'reasonExpectList',
  object: 'reasonExpectObject',
  record: 'reasonExpectObject',
};

const FORMAT_KEYS: Readonly<Record<string, FileMessageKey>> = {
  date: 'reasonDate',
  datetime: 'reasonDateTime',
  email: 'reasonEmail',
  url: 'reasonUrl',
  uuid: 'reasonId',
  guid: 'reasonId',
};

/** The register's own patterns, recognised by their shape rather than by the message the schema gives them. */
function regexKey(pattern: string | undefined): FileMessageKey {
  if (pattern?.includes('[0-9a-f]{8}-')) return 'reasonId';
  if (pattern?.startsWith('/^P')) return 'reasonDuration';
  return 'reasonFormat';
}

const found = (issue: Issue): MessageParams => ({ found: quoteValue(issue.input) });

/** The reason for one zod issue. */
export function issueReason(issue: Issue): Reason {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { key: 'reasonRequired' };
      return { key: TYPE_KEYS[issue.expected] ?? 'reasonWrongType', params: found(issue) };
    case 'too_small': {
      const count = Number(issue.minimum);
      if (issue.origin === 'string')
        return count <= 1 ? { key: 'reasonEmpty' } : { key: 'reasonTooShort', params: { count } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'reasonTooFewItems', params: { count } };
      return { key: 'reasonTooSmall', params: { limit: String(issue.minimum), ...found(issue) } };
    }
    case 'too_big': {
      const count = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'reasonTooLong', params: { count } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'reasonTooManyItems', params: { count } };
      return { key: 'reasonTooLarge', params: { limit: String(issue.maximum), ...found(issue) } };
    }
    case 'invalid_format': {
      const key = issue.format === 'regex' ? regexKey(issue.pattern) : (FORMAT_KEYS[issue.format] ?? 'reasonFormat');
      return { key, params: found(issue) };
    }
    case 'invalid_value':
      return { key: 'reasonOneOf', params: { values: quoteList(issue.values), ...found(issue) } };
    case 'invalid_union': {
      if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
        const input = issue.input as Record<string, unknown> | undefined;
        const value = input !== null && typeof input === 'object' ? input[issue.discriminator] : undefined;
        if (value === undefined) return { key: 'reasonRequired' };
        return { key: 'reasonOneOf', params: { values: quoteList(issue.options), found: quoteValue(value) } };
      }
      return { key: 'reasonNoMatch' };
    }
    case 'unrecognized_keys':
      return { key: 'reasonUnknownFields', params: { count: issue.keys.length, keys: quoteList(issue.keys, 5, 40) } };
    case 'invalid_key':
      return { key: 'reasonInvalidKey' };
    case 'custom': {
      const key = CUSTOM_MESSAGES[issue.message];
      return key === 'reasonEmpty' ? { key } : { key: key ?? 'reasonInvalid', params: found(issue) };
    }
    default:
      return { key: 'reasonInvalid', params: found(issue) };
  }
}
