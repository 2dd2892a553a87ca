/**
 * The value readers of the spreadsheet import: pure functions from a cell's text to register values (several values
 * per cell, legal grounds, periods, countries, transfer grounds, dates, yes/no, party marks), each tested on its own
 * with real-world inputs in the four languages.
 */
export { splitValues, type SplitOptions } from './splitValues';
export { readLegalBases, readLegalBasisValue, type LegalBasisValue } from './legalBasis';
export { isReferenceText, readLegalReference, type LegalReferenceReading } from './legalReference';
export { readPeriod, readPeriods, readPeriodsInValue, type PeriodReading } from './period';
export { findCountries, readCountryName } from './country';
export { readTransferMechanism, type MechanismReading } from './transferMechanism';
export { findDateInText, readDateCell } from './date';
export { readYesNo, type YesNo } from './yesNo';
export { readInternal, readParty, type PartyReading } from './party';
export { readEnumValue } from './enumValue';
export { guessDataCategory, guessSecurityMeasure, type DataCategoryGuess } from './categoryKinds';
