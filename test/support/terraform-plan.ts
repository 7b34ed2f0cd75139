import {
  defaultLimits,
  type InputContext,
  type InputResult,
  type SourceFile,
} from '../../src/inputs/input-format.js';
import { terraformPlan } from '../../src/inputs/terraform-plan/format.js';

export interface PlannedResource {
  type: string;
  name: string;
  values: Record<string, unknown>;
  unknown?: Record<string, unknown>;
  /** The `configuration` section's expressions: what the .tf writes. */
  expressions?: Record<string, unknown>;
}

/** A plan of the given resources (created), as a file with no .tf sources beside it. */
export function planFileOf(resources: PlannedResource[]): SourceFile {
  const address = ({ type, name }: PlannedResource) => `${type}.${name}`;
  const plan = {
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: resources.map((resource) => ({
          address: address(resource),
          mode: 'managed',
          type: resource.type,
          name: resource.name,
          values: resource.values,
        })),
      },
    },
    resource_changes: resources.map((resource) => ({
      address: address(resource),
      mode: 'managed',
      type: resource.type,
      name: resource.name,
      change: { actions: ['create'], after: resource.values, after_unknown: resource.unknown ?? {} },
    })),
    ...(resources.some((resource) => resource.expressions)
      ? {
          configuration: {
            root_module: {
              resources: resources.map((resource) => ({
                address: address(resource),
                mode: 'managed',
                type: resource.type,
                name: resource.name,
                expressions: resource.expressions ?? {},
              })),
            },
          },
        }
      : {}),
  };
  return {
    path: '/nonexistent/plan.json',
    displayPath: 'plan.json',
    text: JSON.stringify(plan),
    explicit: true,
  };
}

/** What a plan from planFileOf is read with: its directory is the only root, the namespace `apps`. */
export const planContext: InputContext = {
  allowedRoots: ['/nonexistent'],
  defaultNamespace: 'apps',
  limits: defaultLimits,
  parameterFiles: [],
  log: { info: () => undefined, warn: () => undefined },
};

/** A plan of the given resources (created), read with no .tf sources beside it. */
export function readPlan(resources: PlannedResource[]): Promise<InputResult> {
  return terraformPlan.read([planFileOf(resources)], planContext);
}
