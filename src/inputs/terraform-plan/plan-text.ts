/**
 * A large plan's text parsed with its resource lists cut out and each resource parsed on its own,
 * so that the resources no reader reads (most of a large plan) are dropped as soon as they are
 * parsed and die young, instead of a whole tree that the collector copies into the old generation
 * and marks (docs/benchmarks.md, "Big JSON, seventh round").
 *
 * `terraform show -json` writes one line, each resource an object that begins with its address.
 * A list is found by its key and first item (`"resources":[{"address":`), and each item ends
 * before the next `,{"address":` or at a `}]`. These are guesses, never trusted: every piece goes
 * through JSON.parse, and so does the text with each list replaced by a string of its own (the
 * skeleton). JSON's grammar is unambiguous, so when the skeleton and every item parse, the
 * text is JSON and the lists are where the skeleton holds those strings; the key before each
 * cut (a quote that no backslash escapes, then a letter) can only open a key, so its string is a
 * value, not text inside a string. A guessed boundary inside an item only fails a parse, and
 * the next one is tried; past a budget, or when anything else fails, the text is parsed whole,
 * as JSON.parse alone would (and fails as it would).
 */

import { withYoungGenerationKept } from '../../young-generation.js';

const itemStart = '{"address":';
/** The names of the lists cut out, and what follows each name: the list's `[` and its first item. */
const listNames = ['"resources', '"resource_changes'];
const listOpening = `":[${itemStart}`;
/** Characters parsed by guesses that failed, as a share of the text, before it is parsed whole. */
const failedShare = 0.25;
/** About how many characters of items are parsed at once. */
const batchCharacters = 64 * 1024;

/** A resource list cut out of the text: the offsets of its brackets and the items kept. */
interface Cut {
  open: number;
  close: number;
  items: unknown[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An item the plan reader passes over, judged from its parsed value as the reader judges it. */
const passedOver = (item: unknown, isRead: (type: string) => boolean): boolean =>
  isObject(item) && typeof item.type === 'string' && !isRead(item.type);

class ListCutter {
  private failed = 0;

  constructor(
    private readonly text: string,
    private readonly failedBudget: number,
  ) {}

  /** The parsed text, or undefined when the guess was wrong (its length counted to the budget). */
  private parse(json: string): { value: unknown } | undefined {
    try {
      return { value: JSON.parse(json) };
    } catch {
      this.failed += json.length;
      return undefined;
    }
  }

  get withinBudget(): boolean {
    return this.failed <= this.failedBudget;
  }

  /**
   * The list whose `[` is at `open`: each item parsed, those `drop` judges dropped at once.
   * Undefined when no guess parses within the budget. `close` is the offset of its `]`.
   */
  list(open: number, drop: (item: unknown) => boolean): Cut | undefined {
    const { text } = this;
    const items: unknown[] = [];
    const keep = (item: unknown) => {
      if (!drop(item)) items.push(item);
    };
    for (let start = open + 1; this.withinBudget;) {
      // Many items at once, as one array, up to a guessed item start (one parse is cheaper than a
      // hundred); when that guess was wrong, or the list ends first, item by item up to it.
      const batchEnd = text.indexOf(`,${itemStart}`, start + batchCharacters);
      const batch = batchEnd === -1 ? undefined : this.parse(`[${text.slice(start, batchEnd)}]`);
      if (batch !== undefined) {
        for (const item of batch.value as unknown[]) keep(item);
        start = batchEnd + 1;
        continue;
      }
      while (this.withinBudget && (batchEnd === -1 || start <= batchEnd)) {
        const end = this.itemEnd(start);
        if (end === undefined) return undefined;
        keep(end.item);
        if (end.closes) return { open, close: end.at, items };
        start = end.at + 1;
      }
    }
    return undefined;
  }

  /**
   * Where the item at `start` ends: before the next item, as most do, or else at the first guess
   * of either kind that parses (the next item's start, or a `}]` that closes the list).
   */
  private itemEnd(start: number): { item: unknown; at: number; closes: boolean } | undefined {
    const { text } = this;
    let next = text.indexOf(`,${itemStart}`, start);
    if (next !== -1) {
      const piece = this.parse(text.slice(start, next));
      if (piece !== undefined) return { item: piece.value, at: next, closes: false };
      next = text.indexOf(`,${itemStart}`, next + 1);
    }
    for (let close = text.indexOf('}]', start); this.withinBudget;) {
      const nextFirst = next !== -1 && (close === -1 || next < close);
      if (!nextFirst && close === -1) return undefined;
      const at = nextFirst ? next : close + 1;
      const piece = this.parse(text.slice(start, at));
      if (piece !== undefined) return { item: piece.value, at, closes: !nextFirst };
      if (nextFirst) next = text.indexOf(`,${itemStart}`, next + 1);
      else close = text.indexOf('}]', close + 1);
    }
    return undefined;
  }
}

/**
 * The first list key followed by an item at or after `from`, and the offset of its `[`. What
 * follows the names is searched for, once for both: the text between the lists is short, while
 * a search for each name would run through the other's list (most of the text).
 */
function nextListKey(text: string, from: number): { at: number; open: number } | undefined {
  for (let name = text.indexOf(listOpening, from); name !== -1; name = text.indexOf(listOpening, name + 1)) {
    for (const listName of listNames) {
      const at = name - listName.length;
      if (at >= from && text.startsWith(listName, at)) return { at, open: name + 2 };
    }
  }
  return undefined;
}

/** Whether the character before `offset` ends an odd run of backslashes (escaping what follows). */
function isEscaped(text: string, offset: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(offset - 1 - backslashes) === 92) backslashes += 1;
  return backslashes % 2 === 1;
}

/** The objects whose `resources` the plan reader reads: `planned_values`' modules, nested or not. */
function plannedModules(root: unknown): Set<unknown> {
  const modules = new Set<unknown>();
  const pending = [
    isObject(root) && isObject(root.planned_values) ? root.planned_values.root_module : undefined,
  ];
  while (pending.length > 0) {
    const module = pending.pop();
    if (!isObject(module) || modules.has(module)) continue;
    modules.add(module);
    if (Array.isArray(module.child_modules))
      for (const child of module.child_modules as unknown[]) pending.push(child);
  }
  return modules;
}

/**
 * The plan's value as JSON.parse would give it, but for the items of `planned_values`' resource
 * lists and of `resource_changes` that are objects of a type the reader does not read, which are
 * left out. Throws what JSON.parse throws when the text is not JSON. The resources read all
 * survive the parse, and would grow V8's young generation to its largest.
 */
export function parsePlanText(text: string, isRead: (type: string) => boolean): unknown {
  return withYoungGenerationKept(() => parseInPieces(text, isRead));
}

function parseInPieces(text: string, isRead: (type: string) => boolean): unknown {
  const cutter = new ListCutter(text, text.length * failedShare);
  const drop = (item: unknown) => passedOver(item, isRead);
  const cuts: Cut[] = [];
  for (let key = nextListKey(text, 0); key !== undefined;) {
    const cut = isEscaped(text, key.at) ? undefined : cutter.list(key.open, drop);
    if (cut === undefined && !cutter.withinBudget) return JSON.parse(text);
    if (cut !== undefined) cuts.push(cut);
    key = nextListKey(text, cut === undefined ? key.at + 1 : cut.close + 1);
  }
  if (cuts.length === 0) return JSON.parse(text);
  // Web Crypto's global, not node:crypto imported: that loads on its first use, not at every start.
  const marker = `${crypto.randomUUID()}:`;
  const pieces: string[] = [];
  let from = 0;
  cuts.forEach((cut, index) => {
    pieces.push(text.slice(from, cut.open), JSON.stringify(marker + index));
    from = cut.close + 1;
  });
  pieces.push(text.slice(from));
  let skeleton: unknown;
  try {
    skeleton = JSON.parse(pieces.join(''));
  } catch {
    return JSON.parse(text);
  }
  const planned = plannedModules(skeleton);
  // Where each list's string stands in the skeleton (not at all when a later duplicate key won).
  const pending: unknown[] = [skeleton];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (const item of value as unknown[])
        if (typeof item === 'object' && item !== null) pending.push(item);
      continue;
    }
    if (!isObject(value)) continue;
    for (const name of Object.keys(value)) {
      const item = value[name];
      if (typeof item === 'object' && item !== null) pending.push(item);
      if (typeof item !== 'string' || !item.startsWith(marker)) continue;
      const cut = cuts[Number(item.slice(marker.length))] as Cut;
      const filtered =
        (name === 'resource_changes' && value === skeleton) || (name === 'resources' && planned.has(value));
      // A list that no reader filters (prior_state's, configuration's) is parsed again, whole.
      const items = filtered ? cut.items : cutter.list(cut.open, () => false)?.items;
      if (items === undefined) return JSON.parse(text);
      value[name] = items;
    }
  }
  return skeleton;
}
