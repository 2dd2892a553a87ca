/** Shared by the table's unit tests: the sample register, its findings and a table context over them. */
import type { UiLanguage } from '../../shared/i18n/languages';
import type { Register } from '../../shared/model';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import type { Finding } from '../../shared/validation/finding';
import { validateRegister } from '../../shared/validation/validate';
import { createTableContext, type TableContext } from './tableContext';

export const TODAY = '2026-06-01';

export function findingsByRecord(register: Register): Map<string, Finding[]> {
  const byRecord = new Map<string, Finding[]>();
  for (const finding of validateRegister(register, { today: TODAY })) {
    if (!finding.recordId) continue;
    byRecord.set(finding.recordId, [...(byRecord.get(finding.recordId) ?? []), finding]);
  }
  return byRecord;
}

export function sampleContext(lang: UiLanguage, register: Register = sampleRegister()): TableContext {
  return createTableContext(register, findingsByRecord(register), lang);
}
