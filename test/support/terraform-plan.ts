import { defaultLimits, type InputResult } from '../../src/inputs/input-format.js';
import { terraformPlan } from '../../src/inputs/terraform-plan/format.js';

export interface PlannedResource {
  type: string;
  name: string;
  values: Record<string, unknown>;
  unknown?: Record<string, unknown>;
  /** The `configuration` section's expressions: what the .tf writes. */
  expressions?: Record<string, unknown>;
}

/** A plan of the given resources (created), with no .tf sources beside it. */
export async function readPlan(resources: PlannedResource[]): Promise<InputResult> {
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
  const file = {
    path: '/nonexistent/plan.json',
    displayPath: 'plan.json',
    text: JSON.stringify(plan),
    explicit: true,
  };
  const log = { info: () => undefined, warn: () => undefined };
  const context = {
    allowedRoots: ['/nonexistent'],
    defaultNamespace: 'apps',
    limits: defaultLimits,
    parameterFiles: [],
    log,
  };
  return terraformPlan.read([file], context);
}
