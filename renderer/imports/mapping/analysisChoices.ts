/**
 * The choices on the mapping screen that change the analysis itself, without reading the file again: another of
 * the tables the finder found (its columns proposed afresh, or mapped with a saved mapping that fits its header, as
 * `analyseSpreadsheet` does for the best table), or a saved mapping the DPO picks for this file.
 */
import type { UiLanguage } from '../../../shared/i18n/languages';
import { applySavedMapping, proposeImport, savedMappingFit } from '../../../shared/spreadsheetImport/mapping';
import { bestSavedMapping, type SpreadsheetAnalysis } from '../../../shared/spreadsheetImport/planSpreadsheetImport';
import type { FoundTable } from '../../../shared/spreadsheetImport/tableFinder';
import type { SavedMapping } from '../../../shared/spreadsheetImport/types';

/** The analysis as if `table` had been found best. */
export function analysisForTable(
  analysis: SpreadsheetAnalysis,
  table: FoundTable,
  lang: UiLanguage,
  saved: readonly SavedMapping[],
): SpreadsheetAnalysis {
  const sheet = analysis.book.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return analysis;
  const proposal = proposeImport(sheet, table, { lang });
  const mapping = bestSavedMapping(table, saved);
  const { savedMapping: _previous, ...rest } = analysis;
  return {
    ...rest,
    table,
    kind: proposal.kind,
    language: mapping?.language ?? proposal.language,
    columns: mapping ? applySavedMapping(table, mapping, lang) : proposal.columns,
    ...(mapping ? { savedMapping: mapping } : {}),
  };
}

/** The analysis mapped with a saved mapping the DPO chose, however well it fits (`fit` says how well, 0..1). */
export function analysisWithMapping(
  analysis: SpreadsheetAnalysis,
  mapping: SavedMapping,
  lang: UiLanguage,
): { analysis: SpreadsheetAnalysis; fit: number } {
  return {
    analysis: {
      ...analysis,
      language: mapping.language,
      columns: applySavedMapping(analysis.table, mapping, lang),
      savedMapping: mapping,
    },
    fit: savedMappingFit(analysis.table, mapping),
  };
}
