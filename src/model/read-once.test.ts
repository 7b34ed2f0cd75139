import { describe, expect, it } from 'vitest';
import { readOnce } from './read-once.js';

describe('readOnce', () => {
  it('reads each key once, even when the answer is undefined, and each key apart', () => {
    const reads: object[] = [];
    const first = {};
    const second = {};
    const nameOf = readOnce((key: object): string | undefined => {
      reads.push(key);
      return key === first ? 'first' : undefined;
    });
    expect([nameOf(first), nameOf(first), nameOf(second), nameOf(second)]).toEqual([
      'first',
      'first',
      undefined,
      undefined,
    ]);
    expect(reads).toEqual([first, second]);
    expect(reads[0]).toBe(first);
  });
});
