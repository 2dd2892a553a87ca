/** Validation: rules that turn a register into findings, and the messages that explain them. */
export * from './finding';
export * from './validate';
export { VALIDATION_MESSAGES, RULE_CODES, isRuleCode, type RuleCode } from './messages';
export { isValidBelgianEnterpriseNumber } from './rules/organisationRules';
export { dpiaLikely } from './rules/dpiaRules';
