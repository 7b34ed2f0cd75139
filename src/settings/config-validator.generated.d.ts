import type { ValidateFunction } from 'ajv';

/** src/settings/config.schema.json, compiled ahead of time (see config-validator-source.ts). */
declare const validateConfigFile: ValidateFunction;
export default validateConfigFile;
