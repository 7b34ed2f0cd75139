import type { Check } from './check.js';

/** Every check. Catalog rows refer to these ids; a meta-test keeps the two in step. */
export const checks: Check[] = [];
