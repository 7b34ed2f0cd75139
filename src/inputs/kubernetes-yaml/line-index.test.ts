import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index.js';

describe('LineIndex', () => {
  const text = 'a: 1\r\nbb: 2\n\nlast: 3';
  const lines = new LineIndex(text);

  it('gives the line and column of offsets at, inside and at the end of each line', () => {
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(text.indexOf('\r'))).toEqual({ line: 1, column: 5 });
    expect(lines.position(text.indexOf('bb'))).toEqual({ line: 2, column: 1 });
    expect(lines.position(text.indexOf('2'))).toEqual({ line: 2, column: 5 });
    expect(lines.position(text.indexOf('\n\n') + 1)).toEqual({ line: 3, column: 1 });
    expect(lines.position(text.indexOf('last'))).toEqual({ line: 4, column: 1 });
    expect(lines.position(text.length)).toEqual({ line: 4, column: 8 });
  });

  it('has one line for a text without line breaks, and a last empty line after a final break', () => {
    expect(new LineIndex('').lineOf(0)).toBe(1);
    expect(new LineIndex('x: 1\n').position(5)).toEqual({ line: 2, column: 1 });
  });
});
