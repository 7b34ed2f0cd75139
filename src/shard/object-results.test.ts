import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { selectCatalogs } from '../benchmarks/select-catalogs.js';
import type { Check, CheckOptions } from '../checks/check.js';
import { namespacesWithoutPolicyCheck } from '../checks/network-policies.js';
import { checks } from '../checks/registry.js';
import { tokenAutomountCheck } from '../checks/service-accounts.js';
import { openBicepSession } from '../inputs/bicep/compiler.js';
import { findBicep } from '../inputs/bicep/find-bicep.js';
import type { KubeObject } from '../model/kubernetes.js';
import type { ScanModel } from '../model/scan-model.js';
import { packageRoot } from '../package-root.js';
import { prepareScan, readDiscovery } from '../scan.js';
import {
  judgeEachObject,
  restoreVerdicts,
  withShardVerdicts,
  type RestoredVerdicts,
  type StoredCheckResult,
} from './object-results.js';

const options: CheckOptions = { defaultNamespace: 'default' };

/** Every fixture and example the shard test scans, and the public manifests the checks are tried on. */
const tree = ['test/fixtures', 'examples', 'src/checks/fixtures'];

const bicep = findBicep(undefined);
if ('error' in bicep) throw new Error(`bicep is required to read the fixture tree: ${bicep.error}`);
const bicepSession = openBicepSession(bicep.path);
afterAll(() => bicepSession.close());

let whole: ScanModel;
/** The whole model, and each part of it that a catalog judges (objects of one cluster version). */
let models: ScanModel[];

beforeAll(async () => {
  const prepared = await prepareScan({
    paths: tree,
    cwd: packageRoot(),
    bicepCompiler: bicepSession.compiler,
  });
  whole = (await readDiscovery(prepared.discovery, prepared.context)).model;
  const selection = selectCatalogs(prepared.assessOptions.catalogs, whole, []);
  if (!selection.ok) throw new Error(selection.message);
  models = [whole, ...selection.selections.map((entry) => entry.model)];
}, 600_000);

/** What a merge knows of each object: its results on it alone, through a shard report's JSON. */
function shardVerdicts(of: readonly Check[], objects: readonly KubeObject[]) {
  const judging = judgeEachObject(objects, { checks: of, options });
  const stored = JSON.parse(JSON.stringify(judging.results)) as StoredCheckResult[][];
  const judged = new Set(judging.judged);
  const verdicts = new Map<KubeObject, RestoredVerdicts>(
    objects.map((object, index) => [object, restoreVerdicts(object, judged, stored[index] ?? [])]),
  );
  return { judged: judging.judged, verdicts };
}

/**
 * For each model, the check's result combined from the objects' results, beside the check's own
 * result over the model; `fellBack` counts the models where the merge would run the check itself.
 */
function compared(check: Check) {
  const { verdicts } = shardVerdicts([check], whole.kubeObjects);
  let fellBack = 0;
  const counting: Check = {
    ...check,
    run: (model, given) => {
      fellBack += 1;
      return check.run(model, given);
    },
  };
  const [merged] = withShardVerdicts([counting], (object) => verdicts.get(object)) as [Check];
  const pairs = models.map((model) => ({
    combined: merged.run(model, options),
    own: check.run(model, options),
  }));
  return { pairs, fellBack };
}

const objectScoped = checks.filter((check) => check.scope === 'object');

describe('a check marked object-scoped judges each object alone (the whole fixture tree)', () => {
  test('there are such checks: the pod, container, RBAC and namespace ones', () => {
    expect(objectScoped.length).toBeGreaterThan(25);
  });

  test('every object-scoped check makes its findings on the object it judges', () => {
    expect(shardVerdicts(objectScoped, whole.kubeObjects).judged).toEqual(
      objectScoped.map((check) => check.id),
    );
  });

  test.each(objectScoped.map((check) => [check.id, check] as const))(
    '%s: its objects’ results, combined, are its result over the model and over each catalog’s part',
    (_, check) => {
      const { pairs, fellBack } = compared(check);
      expect(pairs[0]?.own.applicable, 'the fixture tree gives it something to judge').toBeGreaterThan(0);
      for (const { combined, own } of pairs) expect(combined).toEqual(own);
      // Combined, not run again, wherever the model had something to judge.
      const judgedSomething = pairs.filter(({ own }) => own.applicable > 0 && own.undecided.length === 0);
      expect(fellBack).toBeLessThanOrEqual(models.length - judgedSomething.length);
    },
  );
});

describe('the comparison catches a check that reads across objects', () => {
  test('token automount looks a pod’s ServiceAccount up in other files: marked object-scoped, it disagrees', () => {
    const { pairs } = compared({ ...tokenAutomountCheck, scope: 'object' });
    expect(pairs.some(({ combined, own }) => JSON.stringify(combined) !== JSON.stringify(own))).toBe(true);
  });

  test('a check whose finding is about another resource is not judged in the shard: the merge runs it', () => {
    const marked: Check = { ...namespacesWithoutPolicyCheck, scope: 'object' };
    expect(shardVerdicts([marked], whole.kubeObjects).judged).toEqual([]);
  });
});
