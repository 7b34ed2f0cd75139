import { describe, expect, it } from 'vitest';
import { LineCursor } from './line-index.js';

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

describe('LineCursor', () => {
  const text = 'a: 1\r\nbb: 2\n\nlast: 3';

  it('gives the line and column of offsets at, inside and at the end of each line', () => {
    const lines = new LineCursor(text);
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(text.indexOf('\r'))).toEqual({ line: 1, column: 5 });
    expect(lines.position(text.indexOf('bb'))).toEqual({ line: 2, column: 1 });
    expect(lines.position(text.indexOf('2'))).toEqual({ line: 2, column: 5 });
    expect(lines.position(text.indexOf('\n\n') + 1)).toEqual({ line: 3, column: 1 });
    expect(lines.position(text.indexOf('last'))).toEqual({ line: 4, column: 1 });
    expect(lines.position(text.length)).toEqual({ line: 4, column: 8 });
  });

  it('has one line for a text without line breaks, and a last empty line after a final break', () => {
    expect(new LineCursor('').position(0)).toEqual({ line: 1, column: 1 });
    expect(new LineCursor('x: 1\n').position(5)).toEqual({ line: 2, column: 1 });
    expect(new LineCursor('\nx').position(0)).toEqual({ line: 1, column: 1 });
  });

  it('agrees with counting, asked forward and back in any order', () => {
    const many = Array.from({ length: 300 }, (_, index) => 'x'.repeat(index % 7)).join('\n');
    const expected = counted(many);
    const lines = new LineCursor(many);
    for (let step = 0; step < 2000; step += 1) {
      const offset = (step * 7919) % (many.length + 1);
      expect(lines.position(offset)).toEqual(expected[offset]);
    }
  });
});

describe('a LineCursor started inside the text', () => {
  it('counts from any place whose line is known, forward and back', () => {
    const text = ['a: 1', 'b: '.padEnd(70_000, 'y'), ...Array(200).fill('c: 2')].join('\n');
    const expected = counted(text);
    for (const known of [0, 5, 70_004, 70_010, text.length]) {
      const knownLine = (expected[known] as { line: number }).line;
      for (let offset = 0; offset <= text.length; offset += 97)
        expect(new LineCursor(text, known, knownLine).position(offset)).toEqual(expected[offset]);
      // One cursor, asked forward and back across the long line.
      const lines = new LineCursor(text, known, knownLine);
      for (let step = 0; step < 500; step += 1) {
        const offset = (known + step * 7919) % (text.length + 1);
        expect(lines.position(offset)).toEqual(expected[offset]);
      }
    }
  });
});
