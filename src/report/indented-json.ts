/** What JSON.stringify leaves out of an object, and writes as null in an array. */
const isOmitted = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** Objects and arrays written here; anything else (a Date, a class with toJSON) is JSON.stringify's. */
const isPlainContainer = (value: unknown): value is object =>
  Array.isArray(value) ||
  (typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    !('toJSON' in value));

/**
 * `JSON.stringify(value, null, 2)` as written `depth` levels deep: stringified inside `depth`
 * arrays, whose brackets and indentation are then sliced off (a slice shares the characters).
 */
function stringifiedAtDepth(value: unknown, depth: number): string {
  let wrapped = value;
  for (let level = 0; level < depth; level += 1) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each wrapper opens with "[\n" and its inner indentation, and closes with "\n", its own, "]".
  const opening = depth * 2 + depth * (depth + 1);
  const closing = depth * 2 + depth * (depth - 1);
  return text.slice(opening, text.length - closing);
}

/**
 * An array whose items are made as they are written, not all at once beforehand: a report's
 * findings (tens of thousands) each become their JSON object, are written and are let go.
 * JSON.stringify, which calls `toJSON`, sees the mapped array.
 */
export class MappedArray<T> {
  readonly items: readonly T[];
  readonly map: (item: T) => unknown;

  constructor(items: readonly T[], map: (item: T) => unknown) {
    this.items = items;
    this.map = map;
  }

  toJSON(): unknown[] {
    return this.items.map((item) => this.map(item));
  }
}

type Write = (piece: string) => void;

/** `count` members between `open` and `close`, each on its own line `depth + 1` levels in. */
function writeMembers(
  count: number,
  [open, close]: readonly [string, string],
  depth: number,
  write: Write,
  writeMember: (index: number) => void,
): void {
  if (count === 0) {
    write(open + close);
    return;
  }
  const inner = `\n${'  '.repeat(depth + 1)}`;
  write(open);
  for (let index = 0; index < count; index += 1) {
    write(index === 0 ? inner : `,${inner}`);
    writeMember(index);
  }
  write(`\n${'  '.repeat(depth)}${close}`);
}

function writeIndented(value: unknown, depth: number, levels: number, write: Write): void {
  const mapped = value instanceof MappedArray ? (value as MappedArray<unknown>) : undefined;
  if (levels === 0 || (mapped === undefined && !isPlainContainer(value))) {
    write(stringifiedAtDepth(value, depth));
    return;
  }
  const writeValue = (item: unknown) => writeIndented(item, depth + 1, levels - 1, write);
  if (mapped !== undefined || Array.isArray(value)) {
    const items: readonly unknown[] = mapped?.items ?? (value as unknown[]);
    writeMembers(items.length, ['[', ']'], depth, write, (index) => {
      const item = mapped === undefined ? items[index] : mapped.map(items[index]);
      writeValue(isOmitted(item) ? null : item);
    });
    return;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object).filter((key) => !isOmitted(object[key]));
  writeMembers(keys.length, ['{', '}'], depth, write, (index) => {
    const key = keys[index] ?? '';
    write(`${JSON.stringify(key)}: `);
    writeValue(object[key]);
  });
}

/**
 * Exactly `JSON.stringify(value, null, 2)`, handed to `write` in pieces, in order: the containers
 * of the first `levels` levels here, each value below them by JSON.stringify. V8 indents a 20 MB
 * document as one string two to five times slower than the same document in pieces (a merge's
 * 36,820 findings, a 50 MB plan's 20,410), and pieces can go to a file as they come.
 */
export function writeInPieces(value: unknown, levels: number, write: Write): void {
  writeIndented(value, 0, levels, write);
}

/** What a piece-by-piece writer writes, as one string. */
export function joinedPieces(writeAll: (write: Write) => void): string {
  const pieces: string[] = [];
  writeAll((piece) => pieces.push(piece));
  return pieces.join('');
}
