import type { ValidateFunction } from 'ajv';

/** rules/schema.json, compiled ahead of time (see catalog-validator-source.ts). */
declare const validateCatalogFile: ValidateFunction;
export default validateCatalogFile;
