/**
 * The 1-based line and column of `offset` in `text`, counted from a place whose line is known,
 * `knownOffset` on line `knownLine` (forward or back). No index of the file's lines is kept (a 100k-object stream has 2.6 million):
 * the reader knows the line of each document's start, and the positions asked for lie inside the
 * document, a few dozen lines from it.
 */
export function positionFrom(
  text: string,
  knownOffset: number,
  knownLine: number,
  offset: number,
): { line: number; column: number } {
  const line =
    offset >= knownOffset
      ? knownLine + lineBreaks(text, knownOffset, offset)
      : knownLine - lineBreaks(text, offset, knownOffset);
  const lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  return { line, column: offset - lineStart + 1 };
}

/** The line feeds in `text` from `from` to before `to`. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (
    let newline = text.indexOf('\n', from);
    newline !== -1 && newline < to;
    newline = text.indexOf('\n', newline + 1)
  )
    count += 1;
  return count;
}

/**
 * Lines and columns of the offsets asked for while a file is read, counted from the last one asked:
 * the reader asks in the file's order (each document's start, then its errors), so the whole file's
 * line feeds are counted about once.
 */
export class LineCursor {
  private readonly text: string;
  private offset = 0;
  private line = 1;

  constructor(text: string) {
    this.text = text;
  }

  position(offset: number): { line: number; column: number } {
    const position = positionFrom(this.text, this.offset, this.line, offset);
    this.offset = offset;
    this.line = position.line;
    return position;
  }
}
