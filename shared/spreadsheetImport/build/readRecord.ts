/**
 * Reads the rows of one record into what they say, field by field, before anything is merged: texts, dates, coded
 * values, list items, legal bases with the references beside them, retention rules, and the ids of linked records
 * (matched or created by `LinkedRecords`). Columns that qualify another column line up with it value by value in
 * the same row ("RIZIV\nMutas" beside "extern\nverwerker"); a single value applies to all. Every value not
 * understood is reported on its cell.
 */
import { isInEea } from '../../catalogue/countries';
import type { EnumName } from '../../catalogue/enumLabels';
import { legalGroundGroup, type LegalGroundCode } from '../../catalogue/legalGrounds';
import { NORMAL_PROCESSING } from '../../excel/columnMap';
import type { Plain } from '../../excel/paths';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/languages';
import type { ControllerRole } from '../../model/activity';
import type { LinkKind } from '../../model/fieldDescriptor';
import type { RecordKind } from '../../model/register';
import { targetLabel, type ImportTarget } from '../mapping/targets';
import type { SourceCell } from '../types';
import { guessDataCategory, guessSecurityMeasure } from '../values/categoryKinds';
import { findCountries, readCountryName } from '../values/country';
import { readDateCell } from '../values/date';
import { readEnumValue } from '../values/enumValue';
import { readLegalBases } from '../values/legalBasis';
import { readLegalReference } from '../values/legalReference';
import { readInternal, readParty, type PartyReading } from '../values/party';
import { readPeriods, readPeriodsInValue, type PeriodReading } from '../values/period';
import { splitValues } from '../values/splitValues';
import { readTransferMechanism } from '../values/transferMechanism';
import { readYesNo, type YesNo } from '../values/yesNo';
import type { CellAt, LinkedRecords } from './linkedRecords';
import type { Issues } from './report';
import { textOf, type RecordRows, type SourceRow } from './sourceRows';
import { matchKey } from '../values/fold';

/** A mapped column as the reader uses it. */
export interface MappedSource {
  index: number;
  header: string;
  target: ImportTarget;
  /** The column's cells hold one value each: not split (`SourceColumn.oneValue`). */
  oneValue?: boolean;
}

export interface ItemIn {
  text: string;
  fromDataSubject?: boolean;
}

export interface BasisIn {
  ground: LegalGroundCode;
  legalReferenceIds: string[];
  explanation?: string;
}

export interface RuleIn {
  period?: string;
  criterion?: string;
  trigger?: string;
  /** Texts of the record's purposes the rule is for (their ids are known only once merged). */
  purposeTexts: string[];
  dataCategoryIds: string[];
  legalReferenceIds: string[];
}

/** What the cells of one record say. */
export interface Incoming {
  rows: number[];
  /** Free texts by path (`description`, `dpia.reference`), with where they were read. */
  texts: Map<string, { text: string; at: CellAt }>;
  /** Dates, yes/no and coded values by path. */
  values: Map<string, { value: string | boolean; at: CellAt }>;
  items: Map<string, ItemIn[]>;
  links: Map<string, string[]>;
  multi: Map<string, string[]>;
  legalBases: BasisIn[];
  retention: RuleIn[];
  controllers: { organisationId: string; role: ControllerRole }[];
  replacedBy?: { text: string; at: CellAt };
}

interface Value {
  text: string;
  at: CellAt;
}

/** Words that say "no special characteristic" in the type-of-processing column. */
const NORMAL_WORDS = new Set(
  [
    ...UI_LANGUAGES.map((l) => NORMAL_PROCESSING[l]),
    'normaal',
    'normale',
    'normal',
    'geen',
    'aucun',
    'none',
    'keine',
  ].map(matchKey),
);

/** Words that say the data come from the data subject (Art. 13 rather than 14). */
const FROM_SUBJECT =
  /betrokkene zelf|de betrokkene|van het lid|personne concernee|aupres de la personne|data subject|the individual|betroffenen? person|bei der betroffenen|\bself\b|zelf/u;

export class RecordReader {
  private readonly byPath = new Map<string, MappedSource[]>();

  constructor(
    sources: readonly MappedSource[],
    private readonly links: LinkedRecords,
    private readonly issues: Issues,
    private readonly lang: UiLanguage,
    private readonly objectParents: ReadonlySet<string>,
  ) {
    for (const source of sources)
      this.byPath.set(source.target.path, [...(this.byPath.get(source.target.path) ?? []), source]);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  private columns(path: string): MappedSource[] {
    return this.byPath.get(path) ?? [];
  }

  /** The values of a field in one row, over every column mapped to it. */
  private values(path: string, row: SourceRow, commas = false): Value[] {
    const out: Value[] = [];
    for (const source of this.columns(path)) {
      const text = textOf(row.cells[source.index]);
      if (text === '') continue;
      const at = { row: row.row, column: source.index, header: source.header };
      if (source.oneValue) out.push({ text: text.replace(/\s+/g, ' '), at });
      else for (const value of splitValues(text, { commas })) out.push({ text: value, at });
    }
    return out;
  }

  /** Whole cells of a field in one row (for readers that split themselves). */
  private cells(path: string, row: SourceRow): { text: string; cell: SourceCell; at: CellAt }[] {
    const out: { text: string; cell: SourceCell; at: CellAt }[] = [];
    for (const source of this.columns(path)) {
      const cell = row.cells[source.index];
      const text = textOf(cell);
      if (cell === undefined || text === '') continue;
      out.push({ text, cell, at: { row: row.row, column: source.index, header: source.header } });
    }
    return out;
  }

  /** The value of a qualifying column for the i-th of `count` values: its i-th value, or its only one. */
  private aligned(path: string, row: SourceRow, i: number, commas = false): Value | undefined {
    const values = this.values(path, row, commas);
    return values.length === 1 ? values[0] : values[i];
  }

  read(group: RecordRows): Incoming {
    const incoming: Incoming = {
      rows: group.rows.map((r) => r.row),
      texts: new Map(),
      values: new Map(),
      items: new Map(),
      links: new Map(),
      multi: new Map(),
      legalBases: [],
      retention: [],
      controllers: [],
    };
    const scopes: { rule: RuleIn; scope: string }[] = [];
    for (const row of group.rows) {
      for (const sources of this.byPath.values()) {
        const target = sources[0]?.target as ImportTarget;
        const parent = target.parent;
        if (parent !== undefined && !this.objectParents.has(parent)) continue;
        this.readField(target, row, incoming);
      }
      // Transfers may be given by their country alone, without a column of transfer names.
      if (!this.has('transferIds') && this.has('transferIds.country')) this.readTransfers(row, incoming);
      this.readLegalBases(row, incoming);
      this.readRetention(row, incoming, scopes);
    }
    this.placeScopes(incoming, scopes);
    return incoming;
  }

  private readField(target: ImportTarget, row: SourceRow, incoming: Incoming): void {
    const path = target.path;
    switch (target.reader) {
      case 'text':
        return this.readText(path, row, incoming);
      case 'date':
      case 'boolean':
      case 'enum':
        return this.readValue(target, row, incoming);
      case 'enumMulti':
        return this.readMulti(target, row, incoming);
      case 'items':
        return this.readItems(path, row, incoming);
      case 'controllers':
        return this.readControllers(row, incoming);
      case 'links':
      case 'link':
        return this.readLinks(target, row, incoming);
      case 'transfers':
        return this.readTransfers(row, incoming);
      case 'activityLink': {
        const first = this.values(path, row)[0];
        if (first && !incoming.replacedBy) incoming.replacedBy = first;
        return;
      }
      default:
        // Legal bases and retention are read with their qualifying columns; the rest only qualify other columns.
        return;
    }
  }

  private readText(path: string, row: SourceRow, incoming: Incoming): void {
    for (const { text, at } of this.cells(path, row)) {
      const known = incoming.texts.get(path);
      const single = path === 'name' || path === 'reference';
      const value = single ? text.replace(/\s+/g, ' ') : text;
      if (!known) incoming.texts.set(path, { text: value, at });
      else if (single) {
        if (matchKey(known.text) !== matchKey(value))
          this.issues.add(at, 'conflictingValue', value, { field: this.label(path), kept: known.text });
      } else if (!known.text.split('\n').includes(value)) known.text = `${known.text}\n${value}`;
    }
  }

  private label(path: string): string {
    const target = this.columns(path)[0]?.target;
    return target ? targetLabel(target, this.lang) : path;
  }

  private readValue(target: ImportTarget, row: SourceRow, incoming: Incoming): void {
    for (const { text, cell, at } of this.cells(target.path, row)) {
      const value = this.valueOf(target, cell, text, at);
      if (value === undefined) continue;
      const known = incoming.values.get(target.path);
      if (!known) incoming.values.set(target.path, { value, at });
      else if (known.value !== value)
        this.issues.add(at, 'conflictingValue', text, { field: this.label(target.path), kept: String(known.value) });
    }
  }

  /** A date, yes/no or coded value from a cell; undefined (reported) when it is none. */
  private valueOf(target: ImportTarget, cell: SourceCell, text: string, at: CellAt): string | boolean | undefined {
    if (target.reader === 'date') {
      const iso = readDateCell(cell);
      if (iso === undefined && readYesNo(text) !== 'not-applicable') this.issues.add(at, 'dateUnknown', text);
      return iso;
    }
    if (target.reader === 'boolean') {
      const answer = target.path.endsWith('internal') ? readInternal(text) : readYesNo(cell);
      if (answer === undefined) this.issues.add(at, 'yesNoUnknown', text);
      return answer === 'not-applicable' ? undefined : answer;
    }
    const enumName = target.enumName as EnumName;
    let value = readEnumValue(enumName, text);
    if (value === undefined && target.path === 'dpia.status') {
      // "DPIA: ja/nee": whether one is needed, the cautious reading; the DPO records whether it was done.
      const answer = readYesNo(text);
      if (answer === true) value = 'required';
      else if (answer === false) value = 'not-required';
      else if (answer === 'not-applicable') return undefined;
    }
    if (value === undefined) this.issues.add(at, 'enumUnknown', text, { field: this.label(target.path) });
    return value;
  }

  private readMulti(target: ImportTarget, row: SourceRow, incoming: Incoming): void {
    const list = incoming.multi.get(target.path) ?? [];
    for (const { text, at } of this.values(target.path, row, true)) {
      if (NORMAL_WORDS.has(matchKey(text))) continue;
      const value = readEnumValue(target.enumName as EnumName, text);
      if (value === undefined) this.issues.add(at, 'enumUnknown', text, { field: this.label(target.path) });
      else if (!list.includes(value)) list.push(value);
    }
    incoming.multi.set(target.path, list);
  }

  private readItems(path: string, row: SourceRow, incoming: Incoming): void {
    const list = incoming.items.get(path) ?? [];
    const values = this.values(path, row);
    values.forEach(({ text }, i) => {
      if (list.some((item) => matchKey(item.text) === matchKey(text))) return;
      const item: ItemIn = { text };
      if (path === 'sources') {
        const flag = this.aligned('sources.fromDataSubject', row, i);
        const answer = flag ? readYesNo(flag.text) : undefined;
        if (flag && answer === undefined) this.issues.add(flag.at, 'yesNoUnknown', flag.text);
        item.fromDataSubject = typeof answer === 'boolean' ? answer : FROM_SUBJECT.test(matchKey(text));
      }
      list.push(item);
    });
    incoming.items.set(path, list);
  }

  private readControllers(row: SourceRow, incoming: Incoming): void {
    for (const { text, at } of this.values('controllers', row)) {
      const party = readParty(text);
      const role: ControllerRole = party.joint ? 'joint-controller' : 'controller';
      const id = this.links.resolve('organisations', party.name, at, () => ({ kind: role }));
      if (id && !incoming.controllers.some((c) => c.organisationId === id))
        incoming.controllers.push({ organisationId: id, role });
    }
  }

  private addLink(incoming: Incoming, path: string, id: string | undefined): void {
    if (id === undefined) return;
    const list = incoming.links.get(path) ?? [];
    if (!list.includes(id)) list.push(id);
    incoming.links.set(path, list);
  }

  private readLinks(target: ImportTarget, row: SourceRow, incoming: Incoming): void {
    const path = target.path;
    const values = this.values(path, row, true);
    values.forEach(({ text, at }, i) => {
      // "Non", "nee", "n.v.t." under "Données sensibles ?" or "Ontvangers" say there are none, not a record's name;
      // a bare "oui" says there are some without naming them.
      const answer = bareAnswer(text);
      if (answer === true) this.issues.add(at, 'yesWithoutName', text, { field: this.label(path) });
      if (answer !== undefined) return;
      const party = readParty(text);
      // "Mutas (verwerker)" among the recipients is a processor of the activity.
      if (path === 'recipientIds' && party.role === 'processor') {
        this.addLink(incoming, 'processorIds', this.resolveProcessor(party, 'processorIds', row, i, at));
        return;
      }
      const kind = (target.linkTo ?? 'recipients') as LinkKind;
      let id: string | undefined;
      if (kind === 'recipients') {
        // A name the register knows only as a processor links the processor.
        const asProcessor = this.links.find('processors', party.name);
        if (
          this.links.find('recipients', party.name) === undefined &&
          typeof asProcessor === 'string' &&
          party.role !== 'recipient'
        )
          return this.addLink(incoming, 'processorIds', asProcessor);
        id = this.links.resolve('recipients', party.name, at, () => this.recipientFields(party, row, i));
      } else if (kind === 'processors') id = this.resolveProcessor(party, path, row, i, at);
      else {
        const qualifier = path === 'dataCategoryIds' ? this.aligned('dataCategoryIds.kind', row, i) : undefined;
        id = this.resolveNamed(kind, path, kind === 'organisations' ? party.name : text, at, qualifier);
      }
      if (target.reader === 'link') {
        if (id !== undefined && !incoming.values.has(path)) incoming.values.set(path, { value: id, at });
      } else this.addLink(incoming, path, id);
    });
  }

  private recipientFields(party: PartyReading, row: SourceRow, i: number): Plain {
    const out: Plain = {};
    const internal = this.aligned('recipientIds.internal', row, i);
    const internalValue = party.internal ?? (internal ? readInternal(internal.text) : undefined);
    if (internal && party.internal === undefined && internalValue === undefined)
      this.issues.add(internal.at, 'yesNoUnknown', internal.text);
    if (internalValue !== undefined) out['internal'] = internalValue;
    const country = this.aligned('recipientIds.country', row, i);
    const code = party.country ?? (country ? this.country(country) : undefined);
    if (code) out['country'] = code;
    const category = this.aligned('recipientIds.category', row, i);
    if (category) {
      const value = readEnumValue('recipientCategory', category.text);
      if (value) out['category'] = value;
      else this.issues.add(category.at, 'enumUnknown', category.text, { field: this.label('recipientIds.category') });
    }
    return out;
  }

  private country(value: Value): string | undefined {
    const code = readCountryName(value.text);
    if (code === undefined) this.issues.add(value.at, 'countryUnknown', value.text);
    return code;
  }

  private resolveProcessor(
    party: PartyReading,
    path: string,
    row: SourceRow,
    i: number,
    at: CellAt,
  ): string | undefined {
    return this.links.resolve('processors', party.name, at, () => {
      const countries = new Set<string>(party.country ? [party.country] : []);
      const listed = this.aligned(`${path}.countries`, row, i);
      if (listed && path !== 'recipientIds')
        for (const value of splitValues(listed.text, { commas: true })) {
          const code = this.country({ text: value, at: listed.at });
          if (code) countries.add(code);
        }
      const out: Plain = { countries: [...countries] };
      const contract = path === 'recipientIds' ? undefined : this.aligned(`${path}.contractDate`, row, i);
      if (contract) {
        const iso = readDateCell(contract.text);
        if (iso) out['contractDate'] = iso;
        else this.issues.add(contract.at, 'dateUnknown', contract.text);
      }
      return out;
    });
  }

  /** A catalogue record or organisation by name; `qualifier` is the kind column beside a data category. */
  private resolveNamed(kind: LinkKind, path: string, name: string, at: CellAt, qualifier?: Value): string | undefined {
    if (kind === 'activities' || kind === 'processorActivities' || kind === 'transfers') return undefined;
    return this.links.resolve(kind as RecordKind, name, at, () => {
      switch (kind) {
        case 'dataCategories': {
          const guess = guessDataCategory(name);
          const stated = qualifier;
          if (!stated) return { ...guess };
          const answer = readYesNo(stated.text);
          const kindValue =
            readEnumValue('dataCategoryKind', stated.text) ??
            (answer === true ? 'special' : answer === false ? 'ordinary' : undefined);
          if (kindValue === undefined) {
            this.issues.add(stated.at, 'enumUnknown', stated.text, { field: this.label('dataCategoryIds.kind') });
            return { ...guess };
          }
          return { kind: kindValue, specialTypes: kindValue === guess.kind ? guess.specialTypes : [] };
        }
        case 'securityMeasures':
          return { ...guessSecurityMeasure(name) };
        case 'legalReferences': {
          const { name: _name, ...fields } = readLegalReference(name);
          return fields;
        }
        case 'organisations':
          return { kind: path === 'controllerOrganisationIds' ? 'external-controller' : 'controller' };
        default:
          return {};
      }
    });
  }

  /** Transfers: by the names column, else by the country column; each needs a country outside the EEA. */
  private readTransfers(row: SourceRow, incoming: Incoming): void {
    const named = this.values('transferIds', row, true);
    const countries = this.values('transferIds.country', row, true);
    const count = Math.max(named.length, named.length === 0 ? countries.length : 0);
    for (let i = 0; i < count; i += 1) {
      const value = named[i];
      const answer = value ? readYesNo(value.text) : undefined;
      if (answer === false || answer === 'not-applicable') continue;
      const countryValue = this.aligned('transferIds.country', row, i, true);
      const mechanismValue = this.aligned('transferIds.mechanism', row, i);
      const at = value?.at ?? countryValue?.at ?? { row: row.row, column: 0, header: '' };
      const fromName = value && answer === undefined ? findCountries(value.text)[0] : undefined;
      const country = fromName ?? (countryValue ? this.country(countryValue) : undefined);
      if (country === undefined) {
        if (value && answer === undefined) this.issues.add(at, 'transferWithoutCountry', value.text);
        continue;
      }
      // A country inside the EEA is no transfer in the sense of Chapter V.
      if (isInEea(country)) continue;
      const mechanismText = [value && answer === undefined ? value.text : '', mechanismValue?.text ?? ''].join(' ');
      const reading = readTransferMechanism(mechanismText);
      if (reading && 'incomplete' in reading && mechanismValue)
        this.issues.add(mechanismValue.at, 'mechanismIncomplete', mechanismValue.text, {
          article: reading.incomplete.slice(3),
        });
      else if (!reading && mechanismValue && mechanismValue.text !== '')
        this.issues.add(mechanismValue.at, 'mechanismUnknown', mechanismValue.text);
      const name =
        value && answer === undefined
          ? value.text
          : [countryValue?.text ?? country, mechanismValue?.text].filter(Boolean).join(' – ');
      const party = value ? readParty(value.text) : undefined;
      const id = this.links.resolve('transfers', name, at, () => {
        const out: Plain = { country };
        if (reading && 'code' in reading) out['mechanism'] = reading.code;
        for (const field of ['instrument', 'documentation']) {
          const text = this.aligned(`transferIds.${field}`, row, i);
          if (text) out[field] = text.text;
        }
        const processor = party ? this.links.find('processors', party.name) : undefined;
        const recipient = party ? this.links.find('recipients', party.name) : undefined;
        if (typeof processor === 'string') out['processorId'] = processor;
        else if (typeof recipient === 'string') out['recipientId'] = recipient;
        return out;
      });
      this.addLink(incoming, 'transferIds', id);
    }
  }

  /** References named in a row, resolved only when they have a ground to belong to. */
  private referenceIds(texts: readonly Value[]): string[] {
    const out: string[] = [];
    for (const { text, at } of texts) {
      const id = this.resolveNamed('legalReferences', 'legalBases.legalReferenceIds', text, at);
      if (id && !out.includes(id)) out.push(id);
    }
    return out;
  }

  private readLegalBases(row: SourceRow, incoming: Incoming): void {
    const bases: { basis: BasisIn; references: Value[] }[] = [];
    const loose: Value[] = [];
    for (const { text, at } of this.cells('legalBases', row)) {
      const inCell: { basis: BasisIn; references: Value[] }[] = [];
      const pending: Value[] = [];
      for (const value of readLegalBases(text)) {
        const references = value.references.map((ref) => ({ text: ref, at }));
        if (value.unknown !== undefined)
          this.issues.add(at, value.grounds.length > 0 ? 'legalBasisPartly' : 'legalBasisUnknown', value.unknown);
        if (value.grounds.length === 0) pending.push(...references);
        for (const ground of value.grounds)
          inCell.push({
            basis: { ground, legalReferenceIds: [], ...(value.explanation ? { explanation: value.explanation } : {}) },
            references: [...references],
          });
      }
      // A reference on a line of its own belongs to the grounds of its cell ("Wettelijke verplichting\nWet van 1990").
      if (inCell.length > 0) attachTo(inCell, pending);
      else loose.push(...pending);
      bases.push(...inCell);
    }
    const columnRefs = this.values('legalBases.legalReferenceIds', row);
    if (columnRefs.length === bases.length && bases.length > 1)
      bases.forEach((b, i) => b.references.push(columnRefs[i] as Value));
    else loose.push(...columnRefs);
    const explanations = this.values('legalBases.explanation', row);
    bases.forEach((b, i) => {
      const explanation = explanations.length === 1 ? explanations[0] : explanations[i];
      if (explanation && !b.basis.explanation) b.basis.explanation = explanation.text;
    });
    if (bases.length > 0) attachTo(bases, loose);
    else if (loose.length > 0) {
      // A reference on a row without grounds: the record's grounds from earlier rows, if any.
      const earlier = incoming.legalBases.map((basis) => ({ basis, references: [] as Value[] }));
      if (earlier.length > 0) {
        attachTo(earlier, loose);
        for (const { basis, references } of earlier) addIds(basis.legalReferenceIds, this.referenceIds(references));
      } else for (const { text, at } of loose) this.issues.add(at, 'referenceWithoutGround', text);
    }
    for (const { basis, references } of bases) {
      addIds(basis.legalReferenceIds, this.referenceIds(references));
      const same = incoming.legalBases.find((b) => b.ground === basis.ground);
      if (!same) incoming.legalBases.push(basis);
      else {
        addIds(same.legalReferenceIds, basis.legalReferenceIds);
        if (!same.explanation && basis.explanation) same.explanation = basis.explanation;
      }
    }
  }

  private readRetention(row: SourceRow, incoming: Incoming, scopes: { rule: RuleIn; scope: string }[]): void {
    const rules: RuleIn[] = [];
    const newRule = (reading: PeriodReading): RuleIn => {
      const rule: RuleIn = { purposeTexts: [], dataCategoryIds: [], legalReferenceIds: [] };
      if (reading.period) rule.period = reading.period;
      if (reading.criterion) rule.criterion = reading.criterion;
      if (reading.start) rule.trigger = reading.start;
      if (reading.scope) scopes.push({ rule, scope: reading.scope });
      return rule;
    };
    for (const { text } of this.cells('retention', row))
      for (const reading of readPeriods(text)) rules.push(newRule(reading));
    const periods = this.values('retention.period', row);
    periods.forEach(({ text, at }, i) => {
      const readings = readPeriodsInValue(text).filter((r) => r.period !== undefined);
      const reading = readings[0];
      if (!reading) return this.issues.add(at, 'periodUnknown', text);
      const rule = periods.length === rules.length || rules.length === 1 ? (rules[i] ?? rules[0]) : undefined;
      if (rule && !rule.period) {
        rule.period = reading.period as string;
        if (reading.start && !rule.trigger) rule.trigger = reading.start;
      } else if (!rule) rules.push(newRule(reading));
    });
    for (const field of ['criterion', 'trigger'] as const) {
      const values = this.values(`retention.${field}`, row);
      values.forEach(({ text }, i) => {
        const rule = rules.length === 0 ? undefined : values.length === 1 ? rules[0] : rules[i];
        if (rule) {
          if (!rule[field]) rule[field] = text;
        } else rules.push({ purposeTexts: [], dataCategoryIds: [], legalReferenceIds: [], [field]: text });
      });
    }
    const categories = this.values('retention.dataCategoryIds', row, true).map(({ text, at }) =>
      this.resolveNamed('dataCategories', 'retention.dataCategoryIds', text, at),
    );
    const references = this.referenceIds(this.values('retention.legalReferenceIds', row));
    for (const rule of rules) {
      addIds(
        rule.dataCategoryIds,
        categories.filter((id): id is string => id !== undefined),
      );
      addIds(rule.legalReferenceIds, references);
      const same = incoming.retention.find(
        (r) => r.period === rule.period && r.criterion === rule.criterion && r.trigger === rule.trigger,
      );
      if (same) {
        addIds(same.dataCategoryIds, rule.dataCategoryIds);
        addIds(same.legalReferenceIds, rule.legalReferenceIds);
        // What this rule was for ("RIB: 5 ans") now belongs to the rule it joined, not to one that is dropped.
        for (const entry of scopes) if (entry.rule === rule) entry.rule = same;
      } else incoming.retention.push(rule);
    }
  }

  /**
   * "Klachten: 18 maanden": what a period is for, matched to the record's purposes or data categories; text that
   * names neither is kept in the rule's criterion, so nothing is lost.
   */
  private placeScopes(incoming: Incoming, scopes: readonly { rule: RuleIn; scope: string }[]): void {
    const purposes = incoming.items.get('purposes') ?? [];
    const categories = incoming.links.get('dataCategoryIds') ?? [];
    for (const { rule, scope } of scopes) {
      const key = matchKey(scope);
      const purpose = purposes.find((p) => {
        const text = matchKey(p.text);
        return text === key || (key.length >= 5 && text.includes(key));
      });
      if (purpose) {
        rule.purposeTexts.push(purpose.text);
        continue;
      }
      const category = this.links.find('dataCategories', scope);
      if (typeof category === 'string' && categories.includes(category)) {
        addIds(rule.dataCategoryIds, [category]);
        continue;
      }
      rule.criterion = rule.criterion ? `${scope}: ${rule.criterion}` : scope;
    }
  }
}

/** A value that is only a yes, no or "not applicable" ("Non", "n.v.t."), never a name ("Non-members"). */
function bareAnswer(text: string): YesNo | undefined {
  // The longest answer of the kind is "niet van toepassing": a longer text is a name, and is not read again.
  if (text.length > 24) return undefined;
  const answer = readYesNo(text);
  return answer === 'not-applicable' || text.trim().split(/\s+/).length === 1 ? answer : undefined;
}

function addIds(into: string[], ids: readonly string[]): void {
  for (const id of ids) if (!into.includes(id)) into.push(id);
}

/**
 * References go to the grounds that rest on a statute (Art. 6(1)(c) and (e), the Art. 9 conditions and the other
 * articles); only when there is none of those, to every ground.
 */
function attachTo(bases: { basis: BasisIn; references: Value[] }[], references: readonly Value[]): void {
  if (references.length === 0) return;
  const onStatute = bases.filter(
    ({ basis }) =>
      basis.ground === 'art6-1-c' || basis.ground === 'art6-1-e' || legalGroundGroup(basis.ground) !== 'art6',
  );
  for (const entry of onStatute.length > 0 ? onStatute : bases) entry.references.push(...references);
}
