/** The domain model: one schema per record kind and the register that holds them. */
export * from './primitives';
export * from './organisation';
export * from './activity';
export * from './processorActivity';
export * from './recipient';
export * from './processor';
export * from './transfer';
export * from './retention';
export * from './dataCategory';
export * from './subjectCategory';
export * from './securityMeasure';
export * from './legalReference';
export * from './register';
