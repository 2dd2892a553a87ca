/**
 * Names of recipients and processors as registers write them, with what they are in brackets: "Mutas (verwerker)"
 * is a processor, "RIZIV (extern)" an external recipient, "Dienst HR (intern)" an internal one, "Microsoft (VS)" a
 * party in a third country, "CM (gezamenlijk)" a joint controller. The marks are taken out of the name; brackets
 * that say something else ("Rijksinstituut voor Ziekte- en Invaliditeitsverzekering (RIZIV)") stay in it.
 */
import { readCountryName } from './country';
import { foldText } from './fold';
import { readYesNo } from './yesNo';
import { memoized } from './memo';

export interface PartyReading {
  name: string;
  role?: 'processor' | 'recipient';
  internal?: boolean;
  country?: string;
  /** A joint controller, for names of controllers. */
  joint?: boolean;
}

const PROCESSOR = new Set([
  'verwerker',
  'subverwerker',
  'onderaannemer',
  'sous traitant',
  'sous traitant ulterieur',
  'processor',
  'data processor',
  'sub processor',
  'subprocessor',
  'auftragsverarbeiter',
  'unterauftragsverarbeiter',
  'dienstleister',
]);
const EXTERNAL = new Set(['extern', 'externe', 'external', 'externer', 'derde', 'tiers', 'third party', 'dritter']);
const INTERNAL = new Set(['intern', 'interne', 'internal', 'interner', 'binnen de groep', 'groupe', 'group']);
const JOINT = new Set([
  'gezamenlijk',
  'gezamenlijke verwerkingsverantwoordelijke',
  'conjoint',
  'responsable conjoint',
  'coresponsable',
  'joint',
  'joint controller',
  'gemeinsam',
  'gemeinsam verantwortlicher',
  'gemeinsam verantwortliche',
]);

function key(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What one mark in brackets says, or undefined when it says nothing this reader knows. */
function markOf(text: string): Partial<PartyReading> | undefined {
  const out: Partial<PartyReading> = {};
  for (const part of text.split(/[,;/]|\s[-–]\s/u)) {
    const k = key(part);
    if (k === '') continue;
    if (PROCESSOR.has(k)) out.role = 'processor';
    else if (EXTERNAL.has(k)) Object.assign(out, { role: out.role ?? 'recipient', internal: false });
    else if (INTERNAL.has(k)) Object.assign(out, { role: out.role ?? 'recipient', internal: true });
    else if (JOINT.has(k)) out.joint = true;
    else {
      const country = readCountryName(part);
      const short = part.trim().length === 2 && part.trim() !== part.trim().toUpperCase();
      if (country === undefined || short) return undefined;
      out.country = country;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Adds what a mark says to what earlier marks said; "processor" wins over "recipient". */
function merge(into: Omit<PartyReading, 'name'>, mark: Partial<PartyReading>): void {
  if (mark.role === 'processor' || (mark.role !== undefined && into.role === undefined)) into.role = mark.role;
  if (mark.internal !== undefined && into.internal === undefined) into.internal = mark.internal;
  if (mark.country !== undefined && into.country === undefined) into.country = mark.country;
  if (mark.joint) into.joint = true;
}

function readPartyOnce(text: string): PartyReading {
  let name = text.trim();
  const reading: Omit<PartyReading, 'name'> = {};
  // Marks in brackets, from the end: "Mutas (verwerker)", "Acme (extern) (VS)".
  for (;;) {
    const match = /\s*\(([^()]*)\)\s*$/u.exec(name);
    if (!match) break;
    const mark = markOf(match[1] as string);
    if (!mark || match.index === 0) break;
    merge(reading, mark);
    name = name.slice(0, match.index).trim();
  }
  // A mark after a dash: "Mutas – verwerker".
  const dashed = /^(.*\S)\s+[-–—]\s+([^-–—]+)$/u.exec(name);
  if (dashed) {
    const mark = markOf(dashed[2] as string);
    if (mark && mark.country === undefined) {
      merge(reading, mark);
      name = (dashed[1] as string).trim();
    }
  }
  return { name, ...reading };
}

/** {@link readPartyOnce}, each distinct text read once (results are shared: read-only). */
export const readParty: (text: string) => Readonly<PartyReading> = memoized(readPartyOnce);

/** Whether a recipient is internal, from "intern"/"extern" (any language) or a yes/no answer to "internal?". */
export const readInternal: (text: string) => boolean | undefined = memoized(readInternalOnce);

function readInternalOnce(text: string): boolean | undefined {
  const k = key(text);
  if (INTERNAL.has(k)) return true;
  if (EXTERNAL.has(k)) return false;
  const answer = readYesNo(text);
  return typeof answer === 'boolean' ? answer : undefined;
}
