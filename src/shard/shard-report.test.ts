import { describe, expect, test } from 'vitest';
import type { InputOutcome } from '../benchmarks/assess.js';
import { defaultLimits } from '../inputs/input-format.js';
import type { FieldPath, SourceLocation } from '../model/location.js';
import type { KubeObject } from '../model/kubernetes.js';
import { checks } from '../checks/registry.js';
import { parseShardReport } from './merge.js';
import {
  configHash,
  restoreOutcome,
  shardReportFormatVersion,
  shardReportKind,
  storeOutcome,
  type ShardConfig,
  type ShardReport,
} from './shard-report.js';

const objectLocation = { file: 'app.yaml', line: 10, column: 1, template: 'app/templates/pod.yaml' };
/** A value a Terraform plan took from another file: it stays located there. */
const elsewhere: SourceLocation = {
  file: 'main.tf',
  line: 4,
  column: 3,
  terraformAddress: 'kubernetes_pod.app',
};

/** A pod whose fields sit on lines 11, 12, …, except `spec.hostNetwork`, which comes from main.tf. */
function pod(): KubeObject {
  const lines = new Map<string, SourceLocation>([
    ['[]', objectLocation],
    ['["spec"]', { ...objectLocation, line: 11, column: 1 }],
    ['["spec","hostNetwork"]', elsewhere],
    ['["spec","containers"]', { ...objectLocation, line: 12, column: 3 }],
    ['["spec","containers",0]', { ...objectLocation, line: 13, column: 5 }],
    ['["spec","containers",0,"name"]', { ...objectLocation, line: 13, column: 7 }],
  ]);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    name: 'app',
    namespace: 'shop',
    body: { spec: { hostNetwork: true, containers: [{ name: 'app' }] } },
    location: objectLocation,
    origin: 'manifest',
    locate: (path: FieldPath) => {
      for (let length = path.length; length >= 0; length -= 1) {
        const found = lines.get(JSON.stringify(path.slice(0, length)));
        if (found !== undefined) return found;
      }
      return objectLocation;
    },
  };
}

const outcome = (kubeObjects: KubeObject[]): InputOutcome => ({
  model: { kubeObjects, clusters: [] },
  errors: [],
  skipped: [],
  notChecked: [],
});

/** The outcome as a merge gets it: stored, through JSON, restored. */
const throughJson = (original: InputOutcome): InputOutcome =>
  restoreOutcome(JSON.parse(JSON.stringify(storeOutcome(original))) as ReturnType<typeof storeOutcome>);

describe('a stored Kubernetes object locates its fields as the read one did', () => {
  const original = pod();
  const restored = throughJson(outcome([original])).model.kubeObjects[0] as KubeObject;

  test.each<[string, FieldPath]>([
    ['the object', []],
    ['a field in the object’s file', ['spec', 'containers', 0, 'name']],
    ['a field in another file', ['spec', 'hostNetwork']],
    ['a missing field, at its nearest present ancestor', ['spec', 'containers', 0, 'securityContext']],
    ['a missing top-level field, at the object', ['metadata', 'labels']],
  ])('%s', (_, path) => {
    expect(restored.locate(path)).toEqual(original.locate(path));
  });

  test('fields in the object’s own file are two numbers each; the others keep their whole location', () => {
    const stored = storeOutcome(outcome([original])).model.kubeObjects[0];
    expect(stored?.fieldPaths).toContain('["spec","containers",0,"name"]');
    expect(stored?.fieldPositions).toHaveLength(2 * (stored?.fieldPaths.length ?? 0));
    expect(stored?.fieldsElsewhere).toEqual({ '["spec","hostNetwork"]': elsewhere });
  });
});

describe('a shard report whose stored objects are not whole is refused', () => {
  const config: ShardConfig = {
    paths: ['.'],
    benchmarks: [],
    namespace: 'default',
    parameterFiles: [],
    terraformDir: null,
    bicepRestore: true,
    bicepRegistries: [],
    limits: defaultLimits,
    ignores: [],
    exclude: [],
    skip: [],
  };

  type StoredOutcome = ReturnType<typeof storeOutcome>;
  type StoredObject = StoredOutcome['model']['kubeObjects'][number];

  /** The pod's report, its object and outcome changed by `tamper` first. */
  const report = (
    tamper: (object: StoredObject, stored: StoredOutcome) => void = () => undefined,
    formatVersion = shardReportFormatVersion,
  ): string => {
    const stored = storeOutcome(outcome([pod()]), { checks, options: { defaultNamespace: 'default' } });
    const [object] = stored.model.kubeObjects;
    if (object !== undefined) tamper(object, stored);
    const shardReport: ShardReport = {
      kind: shardReportKind,
      formatVersion: formatVersion as typeof shardReportFormatVersion,
      shard: { index: 1, count: 1 },
      toolVersion: '0.1.0',
      commit: null,
      configHash: configHash(config),
      config,
      head: { inputs: ['app.yaml'], read: ['app.yaml'], outcome: stored },
    };
    return JSON.stringify(shardReport);
  };

  test('the whole table is read', () => {
    expect(parseShardReport('shard-1.json', report()).report.head.read).toEqual(['app.yaml']);
  });

  test('a position missing names the file and the object', () => {
    expect(() =>
      parseShardReport(
        'shard-1.json',
        report((object) => (object.fieldPositions = object.fieldPositions.slice(1))),
      ),
    ).toThrow(
      /^shard-1\.json: not a valid shard report .*Pod "app" has 5 field paths and 9 positions, not two per path/,
    );
  });

  test('a report of format version 1 (an object keyed by path) is refused, not misread', () => {
    expect(() => parseShardReport('shard-1.json', report(undefined, 1))).toThrow(
      /^shard-1\.json: not a valid shard report .*\/formatVersion must be equal to constant/,
    );
  });

  test('the pod’s results are stored with it: host network, and its container’s', () => {
    const stored = JSON.parse(report()) as ShardReport;
    const [object] = stored.head.outcome.model.kubeObjects;
    expect(object?.results?.map((result) => result.check)).toContain('pod-security.host-network');
    expect(stored.head.outcome.objectChecks).toContain('pod-security.privileged');
  });

  test('a finding in the object’s own file is stored as its line and column; one elsewhere whole', () => {
    const [object] = (JSON.parse(report()) as ShardReport).head.outcome.model.kubeObjects;
    const locationOf = (check: string) =>
      object?.results?.find((result) => result.check === check)?.findings?.[0]?.location;
    expect(locationOf('pod-security.root-containers')).toEqual([13, 5]);
    expect(locationOf('pod-security.host-network')).toEqual(elsewhere);
  });

  test('a result of a check the shard does not say it ran names the file and the object', () => {
    expect(() =>
      parseShardReport(
        'shard-1.json',
        report(
          (_, stored) =>
            (stored.objectChecks = stored.objectChecks?.filter((id) => id !== 'pod-security.host-network')),
        ),
      ),
    ).toThrow(
      /^shard-1\.json: not a valid shard report .*Pod "app" has a result of pod-security\.host-network, which is not among objectChecks/,
    );
  });

  test('two results of one check on an object are refused', () => {
    expect(() =>
      parseShardReport(
        'shard-1.json',
        report((object) =>
          object.results?.push(object.results[0] as NonNullable<typeof object.results>[number]),
        ),
      ),
    ).toThrow(/Pod "app" has two results of one check/);
  });

  test.each<[string, (object: StoredObject) => void, RegExp]>([
    [
      'a finding naming a resource of its own',
      (object) =>
        Object.assign(object.results?.find((result) => result.findings)?.findings?.[0] ?? {}, {
          resource: 'Pod/shop/other',
        }),
      /findings\/0 must NOT have additional properties/,
    ],
    [
      'a negative count',
      (object) => Object.assign(object.results?.[0] ?? {}, { applicable: -1 }),
      /applicable must be >= 0/,
    ],
    [
      'an empty list of findings',
      (object) => Object.assign(object.results?.[0] ?? {}, { findings: [] }),
      /findings must NOT have fewer than 1 items/,
    ],
  ])('%s is refused by the schema', (_, tamper, problem) => {
    expect(() => parseShardReport('shard-1.json', report(tamper))).toThrow(problem);
  });
});
