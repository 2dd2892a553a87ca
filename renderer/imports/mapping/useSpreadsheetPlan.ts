/**
 * The plan of a spreadsheet import, rebuilt whenever the DPO changes a mapping, the texts' language, the register
 * imported into, or the register itself changes — a moment after the last change (typing through a select with the
 * keyboard changes it at every key), and always from the analysis in memory: the file is never read again.
 * A refusal of the build (no record left, an invalid result) is kept as its message, in the interface language.
 */
import { useEffect, useState } from 'react';
import type { TextLanguage, UiLanguage } from '../../../shared/i18n/languages';
import type { Register } from '../../../shared/model';
import type { ColumnMapping } from '../../../shared/spreadsheetImport/types';
import {
  buildSpreadsheetImport,
  type SpreadsheetAnalysis,
  type SpreadsheetImportPlan,
} from '../../../shared/spreadsheetImport/planSpreadsheetImport';
import { errorText } from '../../app/Notice';

/** How long the plan waits after a change before it is rebuilt. */
export const REBUILD_DELAY_MS = 250;

export interface PlanInput {
  analysis: SpreadsheetAnalysis;
  columns: readonly ColumnMapping[];
  language: TextLanguage;
  into: 'current' | 'new';
}

export interface BuiltPlan {
  plan: SpreadsheetImportPlan;
  /** The interface language its report speaks. */
  lang: UiLanguage;
  /** The register the plan was built against: applying is refused when the live one is no longer it. */
  base: Register;
  input: PlanInput;
}

export type PlanState =
  | { status: 'building'; previous?: BuiltPlan }
  | { status: 'ready'; built: BuiltPlan }
  | { status: 'refused'; message: string; base: Register; input: PlanInput; lang: UiLanguage };

export function buildPlan(input: PlanInput, register: Register, lang: UiLanguage): PlanState {
  try {
    const plan = buildSpreadsheetImport(input.analysis, register, {
      lang,
      into: input.into,
      columns: input.columns,
      language: input.language,
    });
    return { status: 'ready', built: { plan, lang, base: register, input } };
  } catch (error) {
    return { status: 'refused', message: errorText(error, lang), base: register, input, lang };
  }
}

/** Whether a state was made from exactly these choices and this register (nothing to rebuild). */
function madeFrom(state: PlanState, input: PlanInput, register: Register, lang: UiLanguage): boolean {
  const made = state.status === 'ready' ? state.built : state.status === 'refused' ? state : undefined;
  return (
    made !== undefined &&
    made.base === register &&
    made.lang === lang &&
    made.input.analysis === input.analysis &&
    made.input.columns === input.columns &&
    made.input.language === input.language &&
    made.input.into === input.into
  );
}

export function useSpreadsheetPlan(input: PlanInput, register: Register | undefined, lang: UiLanguage): PlanState {
  // The last plan made (or refused), with what it was made from; "building" is derived: it is not for these choices.
  const [made, setMade] = useState<PlanState | undefined>(() =>
    register ? buildPlan(input, register, lang) : undefined,
  );
  const { analysis, columns, language, into } = input;
  useEffect(() => {
    if (!register) return;
    const choices: PlanInput = { analysis, columns, language, into };
    if (made && madeFrom(made, choices, register, lang)) return;
    const timer = setTimeout(() => setMade(buildPlan(choices, register, lang)), REBUILD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [analysis, columns, language, into, register, lang, made]);
  if (made && register && madeFrom(made, input, register, lang)) return made;
  return { status: 'building', ...(made?.status === 'ready' ? { previous: made.built } : {}) };
}
