/**
 * Several values in one cell. Registers kept by hand put a list in one cell with line breaks, semicolons or bullets
 * ("• RIZIV\n• RSZ", "Naam; adres; telefoon", "- Mutas"), and lists of names often with commas. Text inside
 * parentheses is never cut ("Identificatiegegevens (naam, adres)"), and neither is a comma between digits ("1,5 jaar").
 */

export interface SplitOptions {
  /** Also split on commas: right for lists of names, wrong for sentences such as purposes. */
  commas?: boolean;
}

/**
 * Bullet characters that separate values wherever they stand on a line. The middle dot only counts at the start of
 * a line: French inclusive writing puts it inside words ("salarié·es").
 */
const INLINE_BULLETS = new Set(['•', '▪', '◦', '●', '■', '►']);
/** A list marker at the start of a value: a bullet, a dash or an asterisk, or a number such as "1." or "2)". */
const LEADING_MARKER = /^(?:[-–—*•▪◦●■►·>]+|\d{1,2}[.)](?!\d))\s*/u;

/** The values of a cell's text, trimmed, without list markers and without empty ones, in order. */
export function splitValues(text: string, options: SplitOptions = {}): string[] {
  const values: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    let depth = 0;
    let current = '';
    for (let i = 0; i < line.length; i += 1) {
      const char = line[i] as string;
      if (char === '(' || char === '[') depth += 1;
      else if ((char === ')' || char === ']') && depth > 0) depth -= 1;
      const comma =
        char === ',' && options.commas === true && !(/\d/.test(line[i - 1] ?? '') && /\d/.test(line[i + 1] ?? ''));
      if (depth === 0 && (char === ';' || comma || (INLINE_BULLETS.has(char) && current.trim() !== ''))) {
        values.push(current);
        current = '';
        continue;
      }
      current += char;
    }
    values.push(current);
  }
  return values.map(cleanValue).filter((value) => value !== '');
}

function cleanValue(value: string): string {
  let out = value.trim();
  // A marker may be repeated ("- • item") and may be followed by nothing at all.
  for (let i = 0; i < 3; i += 1) {
    const next = out.replace(LEADING_MARKER, '');
    if (next === out) break;
    out = next;
  }
  return out.replace(/[,;]+$/, '').trim();
}
