import type { ValidateFunction } from 'ajv';
import type { ShardReport } from './shard-report.js';

/** src/shard/shard-report.schema.json, compiled ahead of time (see shard-report-validator-source.ts). */
declare const validateShardReport: ValidateFunction<ShardReport>;
export default validateShardReport;
