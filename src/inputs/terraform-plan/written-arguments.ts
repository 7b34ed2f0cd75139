import type { PlanPath } from './terraform-sources.js';

/**
 * What the configuration writes, block by block (the plan's `configuration` expressions). A value
 * that `after_unknown` marks but the configuration does not write is one the provider or AKS
 * computes: its default applies. One the configuration writes is known only after apply.
 */
export interface WrittenArguments {
  writes(argument: string): boolean;
  block(name: string, index: number): WrittenArguments;
}

/**
 * Without a `configuration` section nothing tells a written argument from a computed one, so
 * every unknown counts: not evaluated is the safe side.
 */
export const everythingWritten: WrittenArguments = { writes: () => true, block: () => everythingWritten };

export function writtenIn(expressions: unknown): WrittenArguments {
  if (typeof expressions !== 'object' || expressions === null || Array.isArray(expressions))
    return everythingWritten;
  const entries = expressions as Record<string, unknown>;
  return {
    writes: (argument) => argument in entries,
    block: (name, index) => {
      const nested = entries[name];
      // A dynamic block's items are not listed one by one: count everything in it as written.
      return Array.isArray(nested) ? writtenIn(nested[index] ?? nested[0]) : everythingWritten;
    },
  };
}

/** True when the configuration writes every argument and block along `path`. */
export function writesPath(written: WrittenArguments, path: PlanPath): boolean {
  let block = written;
  for (let index = 0; index < path.length; index += 1) {
    const step = path[index];
    if (typeof step === 'number') continue;
    if (step === undefined || !block.writes(step)) return false;
    const next = path[index + 1];
    block = block.block(step, typeof next === 'number' ? next : 0);
  }
  return true;
}
