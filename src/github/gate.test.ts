import { expect, test } from 'vitest';
import { blockedMessage } from './gate.js';

test('the failure message lists the first twenty reasons and counts the rest', () => {
  const reasons = Array.from({ length: 23 }, (_, index) => `reason ${index + 1}`);
  const message = blockedMessage(reasons);
  expect(message.split('\n')).toEqual([
    'aks-cis-gate blocks this change:',
    ...reasons.slice(0, 20).map((reason) => `- ${reason}`),
    '…and 3 more in the job summary',
  ]);
});
