/**
 * The part of js-yaml 4 (installed under the alias `js-yaml-4`) that the manifest reader uses.
 * js-yaml 4 ships no types, and @types/js-yaml leaves out the parser state its `listener` sees.
 */
declare module 'js-yaml-4' {
  export class YAMLException extends Error {
    constructor(reason: string, mark?: { position: number });
    reason: string;
    mark?: { position: number };
  }

  export interface TypeOptions {
    kind: 'scalar' | 'sequence' | 'mapping';
    resolve?: (data: unknown) => boolean;
    construct?: (data: unknown) => unknown;
  }

  export class Type {
    constructor(tag: string, options: TypeOptions);
  }

  export class Schema {
    extend(definition: { implicit?: Type[]; explicit?: Type[] }): Schema;
  }

  export const FAILSAFE_SCHEMA: Schema;
  export const types: { merge: Type };

  /** The loader's state as its listener sees it: at `open` only `position`, its line and the depth are set. */
  export interface ParserState {
    readonly input: string;
    readonly position: number;
    /** The line of `position`, from 0 (line feeds, carriage returns and the pairs of both each end one). */
    readonly line: number;
    /** Where that line starts. */
    readonly lineStart: number;
    /** Nodes open, this one included: 1 for a document's root. */
    readonly depth: number;
    /** `scalar`, `mapping` or `sequence`; null for an empty node or an alias. */
    readonly kind: 'scalar' | 'mapping' | 'sequence' | null;
    readonly result: unknown;
    /** The resolved tag, or null. */
    readonly tag: string | null;
    readonly anchor: string | null;
  }

  export interface LoadOptions {
    schema?: Schema;
    json?: boolean;
    maxDepth?: number;
    maxTotalMergeKeys?: number;
    listener?: (event: 'open' | 'close', state: ParserState) => void;
  }

  export function loadAll(input: string, iterator: null | undefined, options?: LoadOptions): unknown[];
}
