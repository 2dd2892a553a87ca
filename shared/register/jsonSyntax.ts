/**
 * Where and why a text is not valid JSON, found by a scanner of our own rather than read from the engine's error
 * message: the engine's wording is English, differs between versions and platforms, and quotes the text. Run only
 * after `JSON.parse` has failed; it uses no recursion, so any nesting is fine.
 */

export type JsonSyntaxReason =
  | 'unexpectedEnd'
  | 'expectedValue'
  | 'expectedPropertyName'
  | 'expectedColon'
  | 'expectedCommaOrBrace'
  | 'expectedCommaOrBracket'
  | 'unterminatedString'
  | 'controlCharacter'
  | 'badEscape'
  | 'badNumber'
  | 'trailingContent';

export interface JsonSyntaxError {
  reason: JsonSyntaxReason;
  /** Index (UTF-16 code units) of the first character that cannot be read, or the text's length at its end. */
  position: number;
  /** The character found there, when there is one. */
  found?: string;
}

const OBJECT = 0;
const ARRAY = 1;
type State = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after';

const isWhitespace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** The character at `position`, whole when it is a surrogate pair. */
function characterAt(text: string, position: number): string {
  return String.fromCodePoint(text.codePointAt(position) ?? 0);
}

/** The first syntax error of a JSON text, or undefined when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  const fail = (reason: JsonSyntaxReason, position: number, found?: string): JsonSyntaxError =>
    position < n
      ? { reason, position, found: found ?? characterAt(text, position) }
      : { reason: 'unexpectedEnd', position: n };
  const stack: number[] = [];
  let state: State = 'value';
  let i = 0;

  /** Reads a string starting at its opening quote; returns the index after the closing quote, or an error. */
  const scanString = (start: number): number | JsonSyntaxError => {
    let j = start + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c < 0x20) return fail('controlCharacter', j);
      if (c === 0x5c) {
        const e = text.charCodeAt(j + 1);
        if (j + 1 >= n) break;
        if (e === 0x75) {
          for (let k = j + 2; k < j + 6; k++) {
            if (k >= n) return { reason: 'unterminatedString', position: start };
            if (!isHex(text.charCodeAt(k))) return fail('badEscape', j + 1, text.slice(j + 1, k + 1));
          }
          j += 6;
          continue;
        }
        if ('"\\/bfnrt'.includes(text.charAt(j + 1))) {
          j += 2;
          continue;
        }
        return fail('badEscape', j + 1);
      }
      j++;
    }
    return { reason: 'unterminatedString', position: start };
  };

  /** Reads a number; returns the index after it, or an error. */
  const scanNumber = (start: number): number | JsonSyntaxError => {
    let j = start;
    if (text.charCodeAt(j) === 0x2d) j++;
    if (j >= n) return fail('badNumber', j);
    if (text.charCodeAt(j) === 0x30) j++;
    else if (isDigit(text.charCodeAt(j))) while (j < n && isDigit(text.charCodeAt(j))) j++;
    else return fail('badNumber', j);
    if (text.charCodeAt(j) === 0x2e) {
      j++;
      if (!isDigit(text.charCodeAt(j))) return fail('badNumber', j);
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    }
    const e = text.charCodeAt(j);
    if (e === 0x65 || e === 0x45) {
      j++;
      const sign = text.charCodeAt(j);
      if (sign === 0x2b || sign === 0x2d) j++;
      if (!isDigit(text.charCodeAt(j))) return fail('badNumber', j);
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    }
    return j;
  };

  for (;;) {
    while (i < n && isWhitespace(text.charCodeAt(i))) i++;
    if (i >= n) return state === 'after' && stack.length === 0 ? undefined : fail('unexpectedEnd', n);
    const c = text.charCodeAt(i);
    switch (state) {
      case 'firstValue':
      case 'value': {
        if (state === 'firstValue' && c === 0x5d) {
          stack.pop();
          i++;
          state = 'after';
          break;
        }
        if (c === 0x7b || c === 0x5b) {
          stack.push(c === 0x7b ? OBJECT : ARRAY);
          i++;
          state = c === 0x7b ? 'firstKey' : 'firstValue';
          break;
        }
        let end: number | JsonSyntaxError;
        if (c === 0x22) end = scanString(i);
        else if (c === 0x2d || isDigit(c)) end = scanNumber(i);
        else {
          const literal = ['true', 'false', 'null'].find((word) => word.charCodeAt(0) === c);
          if (!literal) return fail('expectedValue', i);
          let j = 0;
          while (j < literal.length && text.charCodeAt(i + j) === literal.charCodeAt(j)) j++;
          end = j === literal.length ? i + j : fail('expectedValue', i + j);
        }
        if (typeof end !== 'number') return end;
        i = end;
        state = 'after';
        break;
      }
      case 'firstKey':
      case 'key': {
        if (state === 'firstKey' && c === 0x7d) {
          stack.pop();
          i++;
          state = 'after';
          break;
        }
        if (c !== 0x22) return fail('expectedPropertyName', i);
        const end = scanString(i);
        if (typeof end !== 'number') return end;
        i = end;
        state = 'colon';
        break;
      }
      case 'colon':
        if (c !== 0x3a) return fail('expectedColon', i);
        i++;
        state = 'value';
        break;
      case 'after': {
        const top = stack.at(-1);
        if (top === undefined) return fail('trailingContent', i);
        if (c === 0x2c) {
          i++;
          state = top === OBJECT ? 'key' : 'value';
        } else if ((top === OBJECT && c === 0x7d) || (top === ARRAY && c === 0x5d)) {
          stack.pop();
          i++;
        } else return fail(top === OBJECT ? 'expectedCommaOrBrace' : 'expectedCommaOrBracket', i);
        break;
      }
    }
  }
}
