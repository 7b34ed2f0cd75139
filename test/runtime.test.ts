import { expect, test } from 'vitest';
test('runs on the Node version users run', () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
});
