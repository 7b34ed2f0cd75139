import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';

interface Collection {
  kind: 'mapping' | 'sequence';
  pointer: string;
  index: number;
  /** In a mapping: the key just read, waiting for its value. */
  key?: { name: string; offset: number };
}

const escapePointer = (name: string): string => name.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * The source offset of every node of a YAML document by its JSON pointer (`/skip/0/rule`), as
 * schema validators name them. A mapping's value is placed at its key, where a reader looks.
 */
function offsetsByPointer(text: string, events: readonly Event[]): Map<string, number> {
  const offsets = new Map<string, number>();
  const stack: Collection[] = [];
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const start =
      event.type === EVENT_ID.SCALAR
        ? event.valueStart
        : event.type === EVENT_ID.ALIAS
          ? event.anchorStart
          : event.start;
    const parent = stack.at(-1);
    let pointer = '';
    let offset = start;
    if (parent?.kind === 'mapping') {
      if (parent.key === undefined) {
        const name = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : '?';
        parent.key = { name, offset: start };
        // A key that is itself a collection opens a frame of its own, which no pointer names.
        if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE)
          stack.push({ kind: 'mapping', pointer: '\0', index: 0 });
        continue;
      }
      pointer = `${parent.pointer}/${escapePointer(parent.key.name)}`;
      offset = parent.key.offset;
      parent.key = undefined;
    } else if (parent !== undefined) {
      pointer = `${parent.pointer}/${parent.index}`;
      parent.index += 1;
    }
    offsets.set(pointer, offset);
    if (event.type === EVENT_ID.MAPPING) stack.push({ kind: 'mapping', pointer, index: 0 });
    if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'sequence', pointer, index: 0 });
  }
  return offsets;
}

/**
 * The 1-based line of the node at `pointer` in a YAML text, or of its nearest ancestor that the
 * text has; undefined when the text does not parse.
 */
export function lineOfPointer(text: string, pointer: string): number | undefined {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: 20 });
  } catch {
    return undefined;
  }
  const offsets = offsetsByPointer(text, events);
  for (let path = pointer; ; path = path.slice(0, path.lastIndexOf('/'))) {
    const offset = offsets.get(path);
    if (offset !== undefined) return text.slice(0, offset).split('\n').length;
    if (path === '') return undefined;
  }
}
