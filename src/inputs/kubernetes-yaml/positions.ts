import { YAMLException, type ParserState } from 'js-yaml-4';
import type { FieldPath } from '../../model/location.js';
import { quoteInput } from '../../model/quote.js';
import {
  contentStart,
  isAliasAt,
  isExplicitKeyAt,
  isFollowedByColon,
  scalarStart,
  sequenceEntryStarts,
} from './yaml-source.js';

/**
 * Source offsets of a parsed document, kept beside the plain values that checks read. Values
 * come from js-yaml 4's loader; this side table is recorded by its `listener` in the same pass,
 * so both agree on every key. Offsets are absolute within the file.
 *
 * The table mirrors the value's shape at about the value's own memory cost: a mapping is one
 * object holding each key's offset (or, for a collection value, that value's table), and its
 * own offset under a symbol; a sequence is an array of its items' entries. Objects of the
 * same kind share V8 hidden classes with each other, as the values do.
 */
const ownOffset = Symbol('offset');

export type MappingPositions = { [ownOffset]: number } & { [key: string]: Position };
export type SequencePositions = Position[] & { [ownOffset]: number };
export type NodePositions = MappingPositions | SequencePositions;

/** An alias site: its own offset, and the table of the anchored node it repeats. */
export class AliasPosition {
  readonly offset: number;
  readonly target: NodePositions;

  constructor(offset: number, target: NodePositions) {
    this.offset = offset;
    this.target = target;
  }
}

/** A scalar's offset (the key's, inside a mapping), or a collection's table. */
export type Position = number | NodePositions | AliasPosition;

export interface DocumentPositions {
  root: NodePositions | undefined;
  /** Offset of the document's content. */
  start: number;
  /** The document with every alias expanded: what a reader of the value walks. */
  expanded: Extent;
  /** `<<` keys whose merge go-yaml v2 resolves differently from the YAML spec. */
  mergeConflicts: MergeConflict[];
  /** Offset of an alias that refers to a node containing it (a cycle), if any. */
  recursiveAlias?: number;
}

export interface MergeConflict {
  offset: number;
  key: string;
}

/**
 * The offset of the field at `path` below `root`, or of its nearest present ancestor.
 * Indexes into sequences and keys into mappings; anything else stops the walk.
 */
export function offsetOf(root: NodePositions | undefined, rootOffset: number, path: FieldPath): number {
  let offset = rootOffset;
  let node = root;
  for (const step of path) {
    const position = node === undefined ? undefined : entryOf(node, step);
    if (position === undefined) break;
    offset = offsetOfPosition(position);
    node = tableOf(position);
  }
  return offset;
}

/** The table of the collection at `path` below `root`, if there is one. */
export function tableAt(root: NodePositions | undefined, path: FieldPath): NodePositions | undefined {
  let node = root;
  for (const step of path) {
    const position = node === undefined ? undefined : entryOf(node, step);
    node = position === undefined ? undefined : tableOf(position);
  }
  return node;
}

function entryOf(node: NodePositions, step: string | number): Position | undefined {
  if (Array.isArray(node)) return typeof step === 'number' ? node[step] : undefined;
  return typeof step === 'string' && Object.hasOwn(node, step) ? node[step] : undefined;
}

function tableOf(position: Position): NodePositions | undefined {
  if (typeof position === 'number') return undefined;
  return position instanceof AliasPosition ? position.target : position;
}

function offsetOfPosition(position: Position): number {
  if (typeof position === 'number') return position;
  return position instanceof AliasPosition ? position.offset : position[ownOffset];
}

/** How many nodes a value has and how deeply its collections nest, aliases expanded. */
export interface Extent {
  nodes: number;
  depth: number;
}

interface Anchored {
  table: NodePositions;
  nodes: number;
  depth: number;
}

interface Merge {
  offset: number;
  sources: MappingPositions[];
  /** Keys written before the `<<`: go-yaml v2 lets the merge overwrite them. */
  earlierKeys: string[];
}

/** Stands for an empty sequence entry until the sequence's own offset is known. */
const emptyEntry = -1;

const mergeTag = 'tag:yaml.org,2002:merge';

/**
 * One node the parser is reading, from its `open` event to its `close`. Whether it is a
 * mapping, a sequence or a scalar is known only at `close`, so it gathers both kinds of child:
 * keys (a node followed by `:`) with their values, and items. Frames are reused by depth.
 */
class Frame {
  open = 0;
  mapping: MappingPositions | undefined = undefined;
  keyPending = false;
  keyName = '';
  keyOffset = 0;
  keyIsMerge = false;
  merges: Merge[] | undefined = undefined;
  /** Items: the first one apart, so a scalar's single child costs no array. */
  itemCount = 0;
  firstItem: Position = 0;
  firstItemOpen = 0;
  items: Position[] | undefined = undefined;
  itemOpens: number[] | undefined = undefined;
  /** The children's extent: node count, and the deepest child's depth. */
  nodes = 0;
  depth = 0;
  /** The tag this node's properties gave before its content was read (see the listener). */
  pendingTag: string | undefined = undefined;

  reset(open: number): void {
    this.open = open;
    this.pendingTag = undefined;
    this.mapping = undefined;
    this.keyPending = false;
    this.merges = undefined;
    this.itemCount = 0;
    this.items = undefined;
    this.itemOpens = undefined;
    this.nodes = 0;
    this.depth = 0;
  }
}

/**
 * Builds the position table of every document while js-yaml 4 reads them: pass `listener` to
 * the loader, and read `documents` after it returns. Also enforces what the loader does not:
 * `maxAliases`, and aliases that refer to a node containing them.
 */
export class PositionRecorder {
  documents: DocumentPositions[] = [];
  private readonly maxAliases: number;
  private base = 0;
  private readonly frames: Frame[] = [];
  private top = 0;
  private anchors = new Map<unknown, Anchored>();
  private aliases = 0;
  private mergeConflicts: MergeConflict[] = [];
  private recursiveAlias: number | undefined;
  /** The last `<<` read: js-yaml 4 notices `maxTotalMergeKeys` only after the merge's value. */
  lastMergeKey: number | undefined;

  constructor(maxAliases: number) {
    this.maxAliases = maxAliases;
  }

  /** Starts on a slice of the file that begins at `base`. */
  startSlice(base: number): void {
    this.base = base;
    this.documents = [];
    this.top = 0;
    this.lastMergeKey = undefined;
    this.startDocument();
  }

  readonly listener = (event: 'open' | 'close', state: ParserState): void => {
    if (event === 'open') {
      // A child opening while the tag is set and no kind is: the parent has read its tag and not
      // yet its content. (A tag with no kind is never a sibling's: a finished node has a kind.)
      if (this.top > 0 && typeof state.tag === 'string' && state.kind === null)
        (this.frames[this.top - 1] as Frame).pendingTag = state.tag;
      const frame = (this.frames[this.top] ??= new Frame());
      frame.reset(state.position);
      this.top += 1;
    } else {
      this.top -= 1;
      this.close(this.frames[this.top] as Frame, state);
    }
  };

  private startDocument(): void {
    if (this.anchors.size > 0) this.anchors = new Map();
    this.aliases = 0;
    // Shared while empty: a document with a conflict gets its own array.
    if (this.mergeConflicts.length > 0) this.mergeConflicts = [];
    this.recursiveAlias = undefined;
  }

  private close(frame: Frame, state: ParserState): void {
    const source = state.input;
    // js-yaml 4 loses the tag of an empty node that ends at `---` (a probing child resets it),
    // and the document would read as empty; go-yaml reads a value there, never an object.
    if (frame.pendingTag !== undefined && state.tag === null && state.kind === null) {
      throw new YAMLException(`the tag !<${quoteInput(frame.pendingTag, 100)}> has no value`, {
        position: frame.open,
      });
    }
    const parent = this.top === 0 ? undefined : this.frames[this.top - 1];
    const isAlias = state.kind === null && isAliasAt(source, frame.open);
    if (isAlias) this.countAlias(source, frame.open);
    if (
      parent !== undefined &&
      !parent.keyPending &&
      (isFollowedByColon(source, state.position) || isExplicitKeyAt(source, frame.open))
    ) {
      this.openKey(parent, frame, state);
      return;
    }
    // Inside a mapping, a value is located at its key.
    const site = parent?.keyPending === true ? parent.keyOffset : undefined;
    let position: Position;
    let nodes = 1;
    let depth = 0;
    if (isProbe(frame, source)) {
      // The collection was read by the single child: take its table, located here.
      const table = frame.firstItem as NodePositions;
      if (site !== undefined) table[ownOffset] = site;
      nodes = frame.nodes;
      depth = frame.depth;
      if (state.anchor !== null) this.anchors.set(state.result, { table, nodes, depth });
      position = table;
    } else if (state.kind === 'mapping' || state.kind === 'sequence') {
      const offset = site ?? this.base + contentStart(source, frame.open);
      const table =
        state.kind === 'mapping'
          ? this.finishMapping(frame, offset)
          : finishSequence(frame, offset, state.result, source, state.position);
      nodes = frame.nodes + 1;
      depth = frame.depth + 1;
      if (state.anchor !== null) this.anchors.set(state.result, { table, nodes, depth });
      position = table;
    } else if (isAlias) {
      const offset = site ?? this.base + contentStart(source, frame.open);
      const anchored = this.anchors.get(state.result);
      if (anchored !== undefined) {
        position = new AliasPosition(offset, anchored.table);
        nodes = anchored.nodes;
        depth = anchored.depth;
      } else {
        // An alias to a collection whose anchor has not closed yet: the value contains itself.
        if (typeof state.result === 'object' && state.result !== null) this.recursiveAlias ??= offset;
        position = offset;
      }
    } else if (state.kind === null) {
      position = site ?? emptyEntry;
    } else {
      position = site ?? this.base + scalarStart(source, frame.open);
    }
    if (parent === undefined) this.finishDocument(position, nodes, depth);
    else addChild(parent, position, nodes, depth, frame.open);
  }

  private countAlias(source: string, open: number): void {
    this.aliases += 1;
    if (this.aliases > this.maxAliases) {
      throw new YAMLException(`aliases exceeded maxAliases (${this.maxAliases})`, {
        position: contentStart(source, open),
      });
    }
  }

  private openKey(parent: Frame, frame: Frame, state: ParserState): void {
    const offset = scalarStart(state.input, frame.open);
    const key = state.result;
    // Kubernetes converts YAML to JSON, whose object keys are strings: a collection as a key is an error.
    if (typeof key === 'object' && key !== null) {
      throw new YAMLException('a mapping key is a collection; Kubernetes accepts only scalar keys', {
        position: offset,
      });
    }
    parent.mapping ??= { [ownOffset]: 0 } as MappingPositions;
    parent.keyPending = true;
    parent.keyName = String(key);
    parent.keyOffset = this.base + offset;
    parent.keyIsMerge = state.tag === mergeTag;
    if (parent.keyIsMerge) this.lastMergeKey = parent.keyOffset;
  }

  private finishMapping(frame: Frame, offset: number): MappingPositions {
    const mapping = frame.mapping ?? ({} as MappingPositions);
    mapping[ownOffset] = offset;
    // A key without a value (`? key` alone): the value is null, located at the key.
    if (frame.keyPending) storeValue(frame, mapping, frame.keyOffset);
    if (frame.merges !== undefined) this.applyMerges(mapping, frame.merges);
    return mapping;
  }

  private finishDocument(position: Position, nodes: number, depth: number): void {
    const start = position === emptyEntry ? this.base : offsetOfPosition(position);
    this.documents.push({
      root: tableOf(position),
      start,
      expanded: { nodes, depth },
      mergeConflicts: this.mergeConflicts,
      ...(this.recursiveAlias === undefined ? {} : { recursiveAlias: this.recursiveAlias }),
    });
    this.startDocument();
  }

  /**
   * Merged keys point at their definitions; keys written in the mapping win, and so do earlier
   * merges (YAML spec, js-yaml). go-yaml v2 instead applies each `<<` in turn over what is
   * already there: where that gives another value, record a conflict.
   */
  private applyMerges(node: MappingPositions, merges: Merge[]): void {
    const mergedBefore = new Set<string>();
    for (const merge of merges) {
      const mergedHere = new Set<string>();
      for (const source of merge.sources) {
        for (const key of Object.keys(source)) {
          if (merge.earlierKeys.includes(key) || mergedBefore.has(key)) {
            this.mergeConflicts.push({ offset: merge.offset, key });
          }
          mergedHere.add(key);
          if (!Object.hasOwn(node, key)) node[key] = source[key] as Position;
        }
      }
      for (const key of mergedHere) mergedBefore.add(key);
    }
  }
}

/**
 * js-yaml 4 tries a block mapping first wherever one may start: it reads the first node as a
 * would-be key and, with no `:` after it, keeps that node as the result. The outer node then
 * closes as the collection its single child is, at the same place.
 */
function isProbe(frame: Frame, source: string): boolean {
  return (
    frame.itemCount === 1 &&
    frame.mapping === undefined &&
    typeof frame.firstItem === 'object' &&
    contentStart(source, frame.firstItemOpen) === contentStart(source, frame.open)
  );
}

/** Adds a value (to the key waiting for it) or an item to `parent`. */
function addChild(parent: Frame, position: Position, nodes: number, depth: number, open: number): void {
  parent.nodes += nodes;
  if (depth > parent.depth) parent.depth = depth;
  if (parent.keyPending) {
    storeValue(parent, parent.mapping as MappingPositions, position);
  } else if (parent.itemCount === 0) {
    parent.firstItem = position;
    parent.firstItemOpen = open;
    parent.itemCount = 1;
  } else {
    parent.items ??= [parent.firstItem];
    parent.itemOpens ??= [parent.firstItemOpen];
    parent.items.push(position);
    parent.itemOpens.push(open);
    parent.itemCount += 1;
  }
}

function storeValue(frame: Frame, mapping: MappingPositions, position: Position): void {
  frame.keyPending = false;
  if (frame.keyName === '__proto__') return;
  if (frame.keyIsMerge) {
    (frame.merges ??= []).push({
      offset: frame.keyOffset,
      sources: mergeSources(position),
      earlierKeys: Object.keys(mapping),
    });
    return;
  }
  mapping[frame.keyName] = position;
}

/**
 * The items' table. js-yaml 4 reads an empty block entry (`-` alone) without a node, so when
 * the counts differ the recorded items are placed by the `-` that starts each; flow pairs
 * (`[a: b]`), which it builds without a node of their own, leave the items unlocated.
 */
function finishSequence(
  frame: Frame,
  offset: number,
  value: unknown,
  source: string,
  end: number,
): SequencePositions {
  const recorded = frame.items ?? (frame.itemCount === 0 ? [] : [frame.firstItem]);
  const length = Array.isArray(value) ? value.length : 0;
  let items: Position[] = [];
  if (frame.mapping === undefined && recorded.length === length) items = recorded;
  else if (frame.mapping === undefined) items = placeByIndicator(frame, recorded, length, source, end);
  for (let index = 0; index < items.length; index += 1)
    if (items[index] === emptyEntry) items[index] = offset;
  const table = items as SequencePositions;
  table[ownOffset] = offset;
  return table;
}

function placeByIndicator(
  frame: Frame,
  recorded: Position[],
  length: number,
  source: string,
  end: number,
): Position[] {
  const starts = sequenceEntryStarts(source, contentStart(source, frame.open), end);
  if (starts.length !== length) return [];
  const opens = frame.itemOpens ?? [frame.firstItemOpen];
  const items: Position[] = Array.from({ length }, () => emptyEntry);
  recorded.forEach((item, index) => {
    const open = opens[index] as number;
    const entry = starts.findLastIndex((start) => start < open);
    if (entry !== -1) items[entry] = item;
  });
  return items;
}

function isMapping(node: NodePositions | undefined): node is MappingPositions {
  return node !== undefined && !Array.isArray(node);
}

/** `<<: *base` merges one mapping; `<<: [*a, *b]` merges several, earlier ones first. */
function mergeSources(position: Position): MappingPositions[] {
  const node = tableOf(position);
  if (node === undefined) return [];
  if (!Array.isArray(node)) return [node];
  return node.flatMap((item) => {
    const target = tableOf(item);
    return isMapping(target) ? [target] : [];
  });
}
