/**
 * Issue 9: a value Terraform knows only after apply must never turn a failing row into a pass. For
 * each failing Terraform fixture, every argument and block that its configuration writes is marked
 * known only after apply in turn (`after_unknown`, its value gone), and the fixture's check must
 * still fail or be undecided.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checks } from '../src/checks/registry.js';
import { defaultLimits } from '../src/inputs/input-format.js';
import { terraformPlan } from '../src/inputs/terraform-plan/format.js';
import type { ScanModel } from '../src/model/scan-model.js';
import { listFixtures, type Fixture } from './fixture-markers.js';

type Json = Record<string, unknown>;
type Path = (string | number)[];

interface ConfigResource {
  address: string;
  expressions?: Json;
}

/** Every argument and block the configuration writes, as a path into the resource's values. */
function writtenPaths(expressions: Json, prefix: Path = []): Path[] {
  return Object.entries(expressions).flatMap(([name, expression]) => {
    const path = [...prefix, name];
    if (!Array.isArray(expression)) return [path];
    return [
      path,
      ...expression.flatMap((block: unknown, index) =>
        typeof block === 'object' && block !== null ? writtenPaths(block as Json, [...path, index]) : [],
      ),
    ];
  });
}

/** Sets `path` below `root` to `value`, creating the objects and lists on the way. */
function setAt(root: Json, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = root;
  path.forEach((step, index) => {
    if (index === path.length - 1) {
      node[step] = value;
      return;
    }
    const next = node[step];
    if (typeof next !== 'object' || next === null) node[step] = typeof path[index + 1] === 'number' ? [] : {};
    node = node[step] as Record<string | number, unknown>;
  });
}

/** The plan with one written value of one resource known only after apply. */
function withUnknown(plan: Json, address: string, path: Path): Json {
  const copy = structuredClone(plan);
  const changes = (copy.resource_changes ?? []) as { address: string; change: Json }[];
  for (const change of changes.filter((entry) => entry.address === address)) {
    change.change.after_unknown ??= {};
    setAt(change.change.after_unknown as Json, path, true);
    if (change.change.after) setAt(change.change.after as Json, path, null);
  }
  const planned = (
    copy.planned_values as { root_module?: { resources?: { address: string; values: Json }[] } }
  )?.root_module?.resources;
  for (const resource of planned?.filter((entry) => entry.address === address) ?? []) {
    setAt(resource.values, path, null);
  }
  return copy;
}

async function judge(fixture: Fixture, plan: Json) {
  const path = join(fixture.cwd, 'plan.json');
  const read = await terraformPlan.read(
    [{ path, displayPath: 'plan.json', text: JSON.stringify(plan), explicit: true }],
    {
      allowedRoots: [fixture.cwd],
      defaultNamespace: 'default',
      limits: defaultLimits,
      parameterFiles: [],
      log: { info: () => undefined, warn: () => undefined },
    },
  );
  const model: ScanModel = {
    clusters: read.model.clusters ?? [],
    kubeObjects: read.model.kubeObjects ?? [],
  };
  const check = checks.find((candidate) => candidate.id === fixture.checkId);
  if (check === undefined) throw new Error(`no check ${fixture.checkId}`);
  return check.run(model, { defaultNamespace: 'default' });
}

// The plan fixtures: a source fixture's unknowns are its own unit tests (src/inputs/terraform-source).
const failing = listFixtures(['terraform']).filter(
  (fixture) => fixture.kind === 'fail' && existsSync(join(fixture.cwd, 'plan.json')),
);

describe('a value known only after apply never makes a failing Terraform fixture pass', () => {
  test('there are failing Terraform fixtures', () => {
    expect(failing.length).toBeGreaterThan(10);
  });

  for (const fixture of failing) {
    test(fixture.name, async () => {
      const plan = JSON.parse(readFileSync(join(fixture.cwd, 'plan.json'), 'utf8')) as Json;
      const configuration = plan.configuration as
        { root_module?: { resources?: ConfigResource[] } } | undefined;
      const passing: string[] = [];
      for (const resource of configuration?.root_module?.resources ?? []) {
        for (const path of writtenPaths(resource.expressions ?? {})) {
          const outcome = await judge(fixture, withUnknown(plan, resource.address, path));
          // The engine's Pass: something judged, nothing failing, nothing undecided.
          if (outcome.applicable > 0 && outcome.findings.length === 0 && outcome.undecided.length === 0) {
            passing.push(`${resource.address}.${path.join('.')}`);
          }
        }
      }
      expect(passing, 'unknown values that made the check pass').toEqual([]);
    });
  }
});
