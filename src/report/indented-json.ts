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

/** Members stringified together, at most: pieces of some kilobytes, each one call to JSON.stringify. */
const membersPerPiece = 64;

/**
 * What is written member by member: a mapped array with items, a plain array of more than
 * `membersPerPiece` items, and a container holding either. Anything else is small and is
 * stringified in one piece; so is each item of a mapped array.
 */
const inPieces = (value: unknown): boolean =>
  value instanceof MappedArray
    ? value.items.length > 0
    : isPlainContainer(value) &&
      ((Array.isArray(value) && value.length > membersPerPiece) || Object.values(value).some(inPieces));

function writeIndented(value: unknown, depth: number, write: Write): void {
  if (!inPieces(value)) {
    write(stringifiedAtDepth(value, depth));
    return;
  }
  const mapped = value instanceof MappedArray ? (value as MappedArray<unknown>) : undefined;
  const array = mapped?.items ?? (Array.isArray(value) ? (value as unknown[]) : undefined);
  const object = value as Record<string, unknown>;
  const keys = array === undefined ? Object.keys(object).filter((key) => !isOmitted(object[key])) : [];
  const outer = `\n${'  '.repeat(depth)}`;
  const inner = `${outer}  `;
  let pieces = 0;
  const member = (piece: string) => {
    write(pieces === 0 ? piece : `,${piece}`);
    pieces += 1;
  };
  // Members not written in pieces are gathered, stringified together as an array or an object
  // of their own, and its brackets sliced off: the same members, indented the same.
  let run: unknown[] = [];
  const writeRun = () => {
    if (run.length === 0) return;
    const text = stringifiedAtDepth(
      array === undefined ? Object.fromEntries(run as [string, unknown][]) : run,
      depth,
    );
    member(text.slice(1, text.length - outer.length - 1));
    run = [];
  };
  write(array === undefined ? '{' : '[');
  const count = array?.length ?? keys.length;
  for (let index = 0; index < count; index += 1) {
    const key = keys[index] ?? '';
    const item =
      array === undefined ? object[key] : mapped === undefined ? array[index] : mapped.map(array[index]);
    if (mapped === undefined && inPieces(item)) {
      writeRun();
      member(array === undefined ? `${inner}${JSON.stringify(key)}: ` : inner);
      writeIndented(item, depth + 1, write);
    } else {
      run.push(array === undefined ? [key, item] : item);
      if (run.length === membersPerPiece) writeRun();
    }
  }
  writeRun();
  write(`${outer}${array === undefined ? '}' : ']'}`);
}

/**
 * Exactly `JSON.stringify(value, null, 2)`, handed to `write` in pieces, in order: each mapped
 * array and each long array a few dozen items at a time, the containers around them member by
 * member, everything else by one JSON.stringify per piece. V8 indents a 20 MB document as one
 * string two to five times slower than the same document in pieces (a merge's 36,820 findings,
 * a 50 MB plan's 20,410), and pieces can go to a file as they come; a call per finding or per
 * field costs more than the finding (a small report is a few pieces).
 */
export function writeInPieces(value: unknown, write: Write): void {
  writeIndented(value, 0, write);
}

/**
 * `JSON.stringify(value, null, 2)` to `write`: in one call when the value's mapped arrays hold at
 * most a piece's worth of items in all (`items`), as a small scan's report does, else in pieces
 * (writeInPieces). One native call costs a small report less than the piece writer's first run
 * (issue 12: a small scan 0.98–0.99× CPU).
 */
export function writeIndentedJson(value: object, items: number, write: Write): void {
  if (items <= membersPerPiece) write(JSON.stringify(value, null, 2));
  else writeInPieces(value, write);
}

/** What a piece-by-piece writer writes, as one string. */
export function joinedPieces(writeAll: (write: Write) => void): string {
  const pieces: string[] = [];
  writeAll((piece) => pieces.push(piece));
  return pieces.join('');
}
