import { EVENT_ID, SCALAR_STYLE, getScalarValue, type Event, type ScalarEvent } from 'js-yaml';
import type { FieldPath } from '../../model/location.js';
import { kubernetesSchema } from './kubernetes-schema.js';

/**
 * Source offsets of a parsed document, kept beside the plain values that checks read. Values
 * come from js-yaml's constructor; this side table is built from the same parser events, so
 * both agree on every key. Offsets are absolute within the file.
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

const scalarExtent: Extent = { nodes: 1, depth: 0 };

interface Anchored {
  node: NodePositions | undefined;
  extent: Extent;
  /** Still being read: an alias to it now would make the value contain itself. */
  open: boolean;
}

interface Merge {
  offset: number;
  sources: MappingPositions[];
  /** Keys written before the `<<`: go-yaml v2 lets the merge overwrite them. */
  earlierKeys: string[];
}

interface PendingKey {
  /** Undefined for a key we cannot name (an alias or an unusual tag): its value gets no position. */
  name: string | undefined;
  offset: number;
  isMerge: boolean;
}

interface Frame {
  /** Undefined for the document itself. */
  node: NodePositions | undefined;
  offset: number;
  extent: Extent;
  anchor: Anchored | undefined;
  /** Mapping frames: the key read and waiting for its value. */
  pendingKey: PendingKey | undefined;
  merges: Merge[] | undefined;
  /** Document frames: the content. */
  root: NodePositions | undefined;
  rootOffset: number;
}

/** Builds the position table of every document in `events` (parsed from `source`, which sits at `base` in its file). */
export function buildPositions(events: readonly Event[], source: string, base: number): DocumentPositions[] {
  return new PositionBuilder(source, base).build(events);
}

class PositionBuilder {
  private readonly source: string;
  private readonly base: number;
  private readonly stack: Frame[] = [];
  private readonly documents: DocumentPositions[] = [];
  private anchors = new Map<string, Anchored>();
  private mergeConflicts: MergeConflict[] = [];
  private recursiveAlias: number | undefined;

  constructor(source: string, base: number) {
    this.source = source;
    this.base = base;
  }

  build(events: readonly Event[]): DocumentPositions[] {
    for (const event of events) {
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          this.anchors = new Map();
          this.mergeConflicts = [];
          this.recursiveAlias = undefined;
          this.stack.push(newFrame(undefined, this.base));
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE:
          this.openCollection(
            event.type === EVENT_ID.MAPPING,
            event.start,
            event.anchorStart,
            event.anchorEnd,
          );
          break;
        case EVENT_ID.SCALAR:
          this.readScalar(event);
          break;
        case EVENT_ID.ALIAS:
          this.readAlias(event.anchorStart, event.anchorEnd);
          break;
        case EVENT_ID.POP:
          this.close();
          break;
      }
    }
    return this.documents;
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1] as Frame;
  }

  private openCollection(isMapping: boolean, start: number, anchorStart: number, anchorEnd: number): void {
    // A collection is located where it is referenced: at its key inside a mapping.
    const offset = this.top.pendingKey?.offset ?? this.base + start;
    const node: NodePositions = isMapping
      ? { [ownOffset]: offset }
      : Object.assign([] as Position[], { [ownOffset]: offset });
    const frame = newFrame(node, offset);
    if (anchorStart !== -1) {
      frame.anchor = { node, extent: frame.extent, open: true };
      this.anchors.set(this.source.slice(anchorStart, anchorEnd), frame.anchor);
    }
    this.stack.push(frame);
  }

  private readScalar(event: ScalarEvent): void {
    const frame = this.top;
    const offset = event.valueStart === -1 ? frame.offset : this.base + nodeStart(event);
    if (isMapping(frame.node) && frame.pendingKey === undefined) {
      const name = keyName(this.source, event);
      frame.pendingKey = { name, offset, isMerge: name === mergeKey && event.style === SCALAR_STYLE.PLAIN };
      return;
    }
    if (event.anchorStart !== -1) {
      const anchored = { node: undefined, extent: scalarExtent, open: false };
      this.anchors.set(this.source.slice(event.anchorStart, event.anchorEnd), anchored);
    }
    this.addValue(frame, offset, scalarExtent);
  }

  private readAlias(anchorStart: number, anchorEnd: number): void {
    const frame = this.top;
    const offset = this.base + anchorStart - 1;
    const anchored = this.anchors.get(this.source.slice(anchorStart, anchorEnd));
    if (anchored?.open === true) this.recursiveAlias ??= offset;
    if (isMapping(frame.node) && frame.pendingKey === undefined) {
      frame.pendingKey = { name: undefined, offset, isMerge: false };
      return;
    }
    const siteOffset = frame.pendingKey?.offset ?? offset;
    const position = anchored?.node === undefined ? siteOffset : new AliasPosition(siteOffset, anchored.node);
    this.addValue(frame, position, anchored?.extent ?? scalarExtent);
  }

  private close(): void {
    const frame = this.stack.pop() as Frame;
    if (frame.node === undefined) {
      this.documents.push({
        root: frame.root,
        start: frame.rootOffset,
        expanded: frame.extent,
        mergeConflicts: this.mergeConflicts,
        ...(this.recursiveAlias === undefined ? {} : { recursiveAlias: this.recursiveAlias }),
      });
      return;
    }
    if (frame.merges !== undefined) this.applyMerges(frame.node as MappingPositions, frame.merges);
    if (frame.anchor !== undefined) frame.anchor.open = false;
    this.addValue(this.top, frame.node, frame.extent);
  }

  private addValue(frame: Frame, position: Position, extent: Extent): void {
    const node = frame.node;
    frame.extent.nodes += extent.nodes;
    frame.extent.depth = Math.max(frame.extent.depth, node === undefined ? extent.depth : extent.depth + 1);
    if (node === undefined) {
      frame.root = tableOf(position);
      frame.rootOffset = offsetOfPosition(position);
    } else if (Array.isArray(node)) {
      node.push(position);
    } else {
      const key = frame.pendingKey;
      frame.pendingKey = undefined;
      if (key === undefined || key.name === undefined || key.name === '__proto__') return;
      if (key.isMerge) {
        (frame.merges ??= []).push({
          offset: key.offset,
          sources: mergeSources(position),
          earlierKeys: Object.keys(node),
        });
        return;
      }
      node[key.name] = typeof position === 'number' ? key.offset : position;
    }
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

function newFrame(node: NodePositions | undefined, offset: number): Frame {
  return {
    node,
    offset,
    extent: node === undefined ? { nodes: 0, depth: 0 } : { nodes: 1, depth: 1 },
    anchor: undefined,
    pendingKey: undefined,
    merges: undefined,
    root: undefined,
    rootOffset: offset,
  };
}

function isMapping(node: NodePositions | undefined): node is MappingPositions {
  return node !== undefined && !Array.isArray(node);
}

const mergeKey = '<<';

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

/** Where a scalar starts in the source: its tag, its anchor, or its opening quote. */
function nodeStart(event: ScalarEvent): number {
  if (event.tagStart !== -1) return event.tagStart;
  if (event.anchorStart !== -1) return event.anchorStart - 1;
  const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
  return quoted ? event.valueStart - 1 : event.valueStart;
}

/** Characters that can begin a plain scalar resolving to something other than a string. */
const nonStringStarts = new Set([...'yYnNtTfFoO~.+-0123456789<']);

/**
 * The property name js-yaml's mapping gives this key: the decoded text, or for a plain scalar
 * that resolves to a bool, number or null, that value as a string (`on:` → "true").
 */
function keyName(source: string, event: ScalarEvent): string | undefined {
  const text = getScalarValue(source, event);
  if (event.tagStart !== -1) {
    const tag = source.slice(event.tagStart, event.tagEnd);
    return tag === '!!str' || tag === '!' ? text : undefined;
  }
  if (event.style !== SCALAR_STYLE.PLAIN || (text !== '' && !nonStringStarts.has(text.charAt(0))))
    return text;
  if (text === mergeKey) return text;
  return String(kubernetesSchema.resolveImplicitScalarTag(text).value);
}
