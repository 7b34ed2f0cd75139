import {
  configModuleAt,
  referencesOf,
  stringsIn,
  type ConfigExpression,
  type PlanJson,
  type PlanResource,
} from './plan-json.js';

/** Module outputs and input variables are followed at most this many times (a cycle cannot hang the scan). */
const maxHops = 16;

/**
 * The planned resources of `type` that an argument refers to, read from the plan's
 * `configuration` section. Used when the argument's value (a resource id) is known only after
 * apply. References through `module.x.output` and `var.x` are followed into and out of modules.
 */
export function referencedResources(
  plan: PlanJson,
  from: PlanResource,
  argument: string,
  type: string,
  candidates: readonly PlanResource[],
): PlanResource[] {
  return resolveReferences(plan, from.modulePath, referencesOf(plan, from, argument), type, candidates);
}

/** The planned resources of `type` that `references` (written in the module at `modulePath`) lead to. */
export function resolveReferences(
  plan: PlanJson,
  modulePath: readonly string[],
  references: readonly string[],
  type: string,
  candidates: readonly PlanResource[],
): PlanResource[] {
  const found = new Set<PlanResource>();
  const follow = (modulePath: readonly string[], references: readonly string[], hops: number): void => {
    if (hops > maxHops) return;
    for (const reference of references) {
      const parts = reference.split('.');
      const [first, second, third] = parts;
      if (first === 'module' && second !== undefined && third !== undefined) {
        const childPath = [...modulePath, second.replace(/\[.*$/, '')];
        const output = configModuleAt(plan, childPath)?.outputs?.[third];
        follow(childPath, stringsIn(output?.expression?.references), hops + 1);
      } else if (first === 'var' && second !== undefined && modulePath.length > 0) {
        const parentPath = modulePath.slice(0, -1);
        const call = configModuleAt(plan, parentPath)?.module_calls?.[
          modulePath[modulePath.length - 1] ?? ''
        ];
        const input = call?.expressions?.[second] as ConfigExpression | undefined;
        follow(parentPath, stringsIn(input?.references), hops + 1);
      } else if (first === type && second !== undefined) {
        const configAddress = `${type}.${second.replace(/\[.*$/, '')}`;
        // `type.name[0]` names one instance; `type.name` all of them.
        const instance = /\[.*\]$/.exec(second)?.[0];
        for (const candidate of candidates) {
          if (
            candidate.configAddress === configAddress &&
            samePath(candidate.modulePath, modulePath) &&
            (instance === undefined || candidate.address.endsWith(`${configAddress}${instance}`))
          ) {
            found.add(candidate);
          }
        }
      }
    }
  };
  follow(modulePath, references, 0);
  return [...found];
}

export function samePath(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((name, index) => name === right[index]);
}
