/** The catalogues the register refers to by code: GDPR grounds, transfer mechanisms, countries and enum labels. */
export * from './citation';
export * from './legalGrounds';
export * from './transferMechanisms';
export * from './countries';
export * from './enumLabels';
