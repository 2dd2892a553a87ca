/**
 * Labels in every interface language for every enumerated value of the model, in the vocabulary Belgian DPOs, the
 * GBA/APD and the GDPR's language versions use. The words live one file per language in `enumLabels/`; the
 * interface, the validation messages and the exports all read them from here, so a register reads the same on
 * screen and on paper.
 */
import type { Labels, UiLanguage } from '../i18n/languages';
import type { ActivityStatus, ControllerRole, DpiaStatus, ProcessingCharacteristic } from '../model/activity';
import type { DataCategoryFamily, DataCategoryKind, SpecialDataType } from '../model/dataCategory';
import type { IscChamber, LegalReferenceKind } from '../model/legalReference';
import type { OrganisationKind } from '../model/organisation';
import type { RecipientCategory } from '../model/recipient';
import type { SecurityMeasureFamily, SecurityMeasureType } from '../model/securityMeasure';
import { ENUM_LABEL_WORDS } from './enumLabels/index';
import { labelsByEntry } from './labelsByEntry';

export type { IscChamber };

/**
 * The shape of the English file: one table per enum. `Record` makes a value the model adds without a label a
 * compile error there, and every other language must then follow.
 */
export interface EnumLabelWords {
  organisationKind: Record<OrganisationKind, string>;
  recipientCategory: Record<RecipientCategory, string>;
  dataCategoryKind: Record<DataCategoryKind, string>;
  specialDataType: Record<SpecialDataType, string>;
  dataCategoryFamily: Record<DataCategoryFamily, string>;
  securityMeasureType: Record<SecurityMeasureType, string>;
  securityMeasureFamily: Record<SecurityMeasureFamily, string>;
  activityStatus: Record<ActivityStatus, string>;
  controllerRole: Record<ControllerRole, string>;
  processingCharacteristic: Record<ProcessingCharacteristic, string>;
  dpiaStatus: Record<DpiaStatus, string>;
  legalReferenceKind: Record<LegalReferenceKind, string>;
  iscChamber: Record<IscChamber, string>;
}

/** Each enum's values with their labels in every language: `ENUM_LABELS.organisationKind.controller.nl`. */
export const ENUM_LABELS: { readonly [E in keyof EnumLabelWords]: Readonly<Record<keyof EnumLabelWords[E], Labels>> } =
  labelsByEntry(ENUM_LABEL_WORDS);

export type EnumName = keyof typeof ENUM_LABELS;
export type EnumValue<E extends EnumName> = keyof (typeof ENUM_LABELS)[E];

export function enumLabel<E extends EnumName>(enumName: E, value: EnumValue<E>, lang: UiLanguage): string {
  const table: Readonly<Record<string, Labels>> = ENUM_LABELS[enumName];
  // Values read from an unvalidated file may fall outside the enum: show the raw value rather than nothing.
  return table[String(value)]?.[lang] ?? String(value);
}
