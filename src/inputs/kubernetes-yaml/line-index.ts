/**
 * Lines and columns of the offsets asked for, counted from the last one asked: no index of the
 * file's lines is kept (a 100k-object stream has 2.6 million). The reader asks in the file's
 * order (each document's start, then its errors), and a check asks of one document's fields in
 * order: the line feeds are counted about once. The cursor keeps its line's start and the next
 * line feed, so that an offset on the same line costs no search: searched each time, a long line
 * cost every field on it the line's length (a 40,000-container JSON pod on one line: 2 → 45 s).
 */
export class LineCursor {
  private readonly text: string;
  private offset: number;
  /** The line of the offset asked last. */
  line: number;
  /** Where the cursor's line starts, and its line feed (-1: none), when known. */
  private lineStart: number | undefined;
  private lineEnd: number | undefined;

  /**
   * A cursor on `text` at `offset`, which is on line `line` (the text's start by default), and
   * `lineStart` where that line starts, if known.
   */
  constructor(text: string, offset = 0, line = 1, lineStart = offset === 0 ? 0 : undefined) {
    this.text = text;
    this.offset = offset;
    this.line = line;
    this.lineStart = lineStart;
  }

  position(offset: number): { line: number; column: number } {
    const { text } = this;
    if (offset < this.offset) {
      if (this.lineStart === undefined || offset < this.lineStart) {
        // Back over the line feeds between: the last one passed ends the line asked for.
        let newline = text.lastIndexOf('\n', this.offset - 1);
        while (newline >= offset) {
          this.line -= 1;
          this.lineEnd = newline;
          newline = newline === 0 ? -1 : text.lastIndexOf('\n', newline - 1);
        }
        this.lineStart = newline + 1;
      }
    } else {
      // Locals in the loop, stored once: a stream's reader walks all its line feeds here.
      let { line, lineStart } = this;
      let lineEnd = this.lineEnd ?? text.indexOf('\n', this.offset);
      while (lineEnd !== -1 && lineEnd < offset) {
        line += 1;
        lineStart = lineEnd + 1;
        lineEnd = text.indexOf('\n', lineStart);
      }
      this.line = line;
      this.lineStart = lineStart;
      this.lineEnd = lineEnd;
    }
    this.offset = offset;
    this.lineStart ??= offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}
