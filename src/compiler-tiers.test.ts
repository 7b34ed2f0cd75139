import { describe, expect, test } from 'vitest';
import { tiersChosenByUser, turbofanCostsMore, turbofanPays } from './compiler-tiers.js';

const file = (path: string, characters: number) => ({ path, text: 'x'.repeat(characters) });

describe('turbofanCostsMore', () => {
  test('a small manifest: too little to matter, the engine is left alone', () => {
    expect(turbofanCostsMore([file('/w/pod.yaml', 900)])).toBe(false);
    expect(turbofanCostsMore([])).toBe(false);
  });

  test('a few megabytes of YAML run without Turbofan', () => {
    expect(turbofanCostsMore([file('/w/stream.yaml', 6_400_000)])).toBe(true);
    expect(turbofanCostsMore([file('/w/a.yml', turbofanPays.ignoredBelowCharacters)])).toBe(true);
  });

  test('from 16 Mi characters read in JavaScript, Turbofan stays', () => {
    const half = turbofanPays.fromCharacters / 2;
    expect(turbofanCostsMore([file('/w/a.yaml', half), file('/w/b.tf', half)])).toBe(false);
    expect(turbofanCostsMore([file('/w/a.yaml', half), file('/w/b.tf', half - 1)])).toBe(true);
  });

  test('JSON, which V8 parses natively, counts towards the least size but not towards Turbofan', () => {
    expect(turbofanCostsMore([file('/w/plan.JSON', 52_000_000)])).toBe(true);
    expect(turbofanCostsMore([file('/w/plan.json', 52_000_000), file('/w/s.yaml', 17_000_000)])).toBe(false);
  });
});

test("a tiering flag on node's command line is the user's choice", () => {
  expect(tiersChosenByUser(['--turbofan'])).toBe(true);
  expect(tiersChosenByUser(['--no-turbofan'])).toBe(true);
  expect(tiersChosenByUser(['--max-opt=3'])).toBe(true);
  expect(tiersChosenByUser(['--max_opt=2'])).toBe(true);
  expect(tiersChosenByUser(['--no-maglev'])).toBe(true);
  // V8's other spelling of a negation: Turbofan turned off as well would leave no optimizing tier.
  expect(tiersChosenByUser(['--nomaglev'])).toBe(true);
  expect(tiersChosenByUser(['--noturbofan'])).toBe(true);
  expect(tiersChosenByUser(['--noopt'])).toBe(true);
  expect(tiersChosenByUser(['--trace-opt', '--max-old-space-size=4096', '--turbofan-stats'])).toBe(false);
  expect(tiersChosenByUser([])).toBe(false);
});
