/** Lines per block: a block's start is kept whole, each line's start less its block's. */
const blockLines = 64;

/** Turns character offsets into 1-based lines and columns; built once per file, searched lazily. */
export class LineIndex {
  /**
   * Where every `blockLines`-th line starts (lines 1, 65, 129…). Typed arrays, counted before they
   * are filled: a 100k-object stream has 2.6 million lines, and a growing array of them cost 4% of
   * the scan and twice the memory (the blocks' starts are gathered in one, a 64th of the lines).
   */
  private readonly blockStarts: Uint32Array;
  /**
   * Where each line starts, less where its block starts: two bytes a line when no block of lines
   * spans 64 KiB, as in YAML written by people and tools, four otherwise (5 MB rather than 10 for
   * that stream's lines, which live as long as its objects).
   */
  private readonly lineStarts: Uint16Array | Uint32Array;

  constructor(text: string) {
    // Two passes over the lines: the first counts them and notes each block's start, the second
    // fills the array it sized. (A third, to note the blocks, took a third of the index's time.)
    const blocks = [0];
    let lines = 1;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
      if (lines % blockLines === 0) blocks.push(newline + 1);
      lines += 1;
    }
    const blockStarts = Uint32Array.from(blocks);
    // A line starts before the next block does, or at the latest at the end of the text.
    let widest = text.length - (blockStarts[blockStarts.length - 1] as number);
    for (let block = 1; block < blockStarts.length; block += 1)
      widest = Math.max(widest, (blockStarts[block] as number) - (blockStarts[block - 1] as number) - 1);
    const lineStarts = widest <= 0xffff ? new Uint16Array(lines) : new Uint32Array(lines);
    let line = 1;
    let blockStart = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
      if (line % blockLines === 0) blockStart = newline + 1;
      lineStarts[line] = newline + 1 - blockStart;
      line += 1;
    }
    this.blockStarts = blockStarts;
    this.lineStarts = lineStarts;
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.blockStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.blockStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    const inBlock = offset - (this.blockStarts[low] as number);
    low *= blockLines;
    high = Math.min(low + blockLines, this.lineStarts.length) - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.lineStarts[middle] as number) <= inBlock) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    const start =
      (this.blockStarts[Math.floor((line - 1) / blockLines)] as number) +
      (this.lineStarts[line - 1] as number);
    return { line, column: offset - start + 1 };
  }
}
