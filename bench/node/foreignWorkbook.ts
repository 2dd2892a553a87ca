/**
 * The input of the import-foreign benchmark: a generated register written as a DPO keeps it by hand in the
 * authority model's shape (the layout of `shared/test/foreignSpreadsheets.ts`: title rows, a header over three rows
 * with merged groups and an instruction row, a Status group at the end), one row per activity, in Dutch: several
 * values per cell, recipients and processors marked in brackets, legal bases, periods and transfers in words. So the
 * importer does all of its work — finding the header, mapping, reading every kind of value, linking by name.
 */
import { countryName } from '../../shared/catalogue/countries';
import { legalGroundLabel } from '../../shared/catalogue/legalGrounds';
import { transferMechanismLabel } from '../../shared/catalogue/transferMechanisms';
import type { Register } from '../../shared/model';
import { authorityStyleBook, exceljsBytes, type HandCell } from '../../shared/test/foreignSpreadsheets';

const UNITS: Record<string, [string, string]> = { Y: ['jaar', 'jaar'], M: ['maand', 'maanden'], D: ['dag', 'dagen'] };

/** "P10Y" → "10 jaar", as people write periods; other forms as they are. */
function periodInWords(iso: string | undefined): string | undefined {
  const match = iso ? /^P(\d+)([YMD])$/.exec(iso) : null;
  if (!match) return iso;
  const count = Number(match[1]);
  const [one, many] = UNITS[match[2] as string] as [string, string];
  return `${count} ${count === 1 ? one : many}`;
}

/** One row per activity, in the columns of the authority-style register (Dutch). */
export function foreignRows(register: Register): HandCell[][] {
  const names = <T extends { id: string; name: string }>(records: readonly T[]) =>
    new Map(records.map((r) => [r.id, r]));
  const recipients = names(register.recipients);
  const processors = names(register.processors);
  const subjects = names(register.subjectCategories);
  const categories = names(register.dataCategories);
  const references = names(register.legalReferences);
  const measures = names(register.securityMeasures);
  const transfers = names(register.transfers);
  const activities = names(register.activities);
  const lines = (values: readonly (string | undefined)[]) => {
    const kept = values.filter((v): v is string => v !== undefined && v !== '');
    return kept.length > 0 ? kept.join('\n') : null;
  };
  return register.activities.map((a, i) => [
    a.businessProcess ?? null,
    a.owner ?? null,
    a.reference ?? `VW-${String(i + 1).padStart(5, '0')}`,
    a.name,
    a.description ?? null,
    lines(a.purposes.map((p) => p.description)),
    lines(a.legalBases.map((b) => legalGroundLabel(b.ground, 'nl'))),
    lines(a.legalBases.flatMap((b) => b.legalReferenceIds.map((id) => references.get(id)?.name))),
    lines(a.subjectCategoryIds.map((id) => subjects.get(id)?.name)),
    a.dataCategoryIds.map((id) => categories.get(id)?.name ?? '').join('; ') || null,
    null,
    lines([
      ...a.recipientIds.map((id) => {
        const r = recipients.get(id);
        return r ? `${r.name} (${r.internal ? 'intern' : 'extern'})` : undefined;
      }),
      ...a.processorIds.map((id) => {
        const p = processors.get(id);
        return p ? `${p.name} (verwerker)` : undefined;
      }),
    ]),
    lines(
      a.transferIds.map((id) => {
        const t = transfers.get(id);
        if (!t) return undefined;
        const mechanism = t.mechanism ? ` – ${transferMechanismLabel(t.mechanism, 'nl')}` : '';
        return `${countryName(t.country, 'nl')}${mechanism}`;
      }),
    ),
    lines(a.retention.map((r) => [periodInWords(r.period), r.trigger ? `na ${r.trigger}` : ''].join(' ').trim())),
    lines(a.securityMeasureIds.map((id) => measures.get(id)?.name)),
    a.endDate ? new Date(`${a.endDate}T00:00:00Z`) : null,
    a.replacedByActivityId ? (activities.get(a.replacedByActivityId)?.reference ?? null) : null,
  ]);
}

/** The register as an authority-style workbook written by ExcelJS. */
export function foreignWorkbook(register: Register): Promise<Uint8Array> {
  return exceljsBytes(authorityStyleBook('nl', foreignRows(register)));
}
