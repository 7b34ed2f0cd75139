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

describe('LineIndex over many lines', () => {
  /** Every offset's line and column, counted one character at a time. */
  function counted(text: string): { line: number; column: number }[] {
    const positions = [];
    let line = 1;
    let column = 1;
    for (let offset = 0; offset <= text.length; offset += 1) {
      positions.push({ line, column });
      if (text[offset] === '\n') {
        line += 1;
        column = 1;
      } else column += 1;
    }
    return positions;
  }

  it.each([
    [
      'short lines, in blocks of two bytes a line',
      Array.from({ length: 300 }, (_, index) => 'x'.repeat(index % 7)).join('\n'),
    ],
    [
      'a line of 70,000 characters, in blocks of four',
      ['a: 1', 'b: '.padEnd(70_000, 'y'), ...Array(200).fill('c: 2')].join('\n'),
    ],
  ])('agrees with counting: %s', (_name, text) => {
    const lines = new LineIndex(text);
    counted(text).forEach((expected, offset) => {
      if (offset % 97 === 0 || text[offset - 1] === '\n' || text[offset] === '\n')
        expect(lines.position(offset)).toEqual(expected);
    });
  });
});
