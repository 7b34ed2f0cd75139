import type { FailOn, Level, PolicyWords } from '../results/gate.js';

/** The action's names for the policy's options, as a workflow writes them. */
export const actionWords: PolicyWords = {
  failOn: (value: FailOn) => `fail-on: ${value}`,
  level: (value: Level) => `level: ${value}`,
  allowErrors: 'fail-on-error: false',
  allowUnchecked: 'fail-on-unchecked: false',
};

// The step's error line; the whole list is in the job summary and the JSON report.
const maxListedReasons = 20;

/** The failed step's message: what blocks, the first twenty of it. */
export function blockedMessage(reasons: string[]): string {
  const listed = reasons.slice(0, maxListedReasons).map((reason) => `\n- ${reason}`);
  const more = reasons.length - listed.length;
  return `aks-cis-gate blocks this change:${listed.join('')}${more > 0 ? `\n…and ${more} more in the job summary` : ''}`;
}
