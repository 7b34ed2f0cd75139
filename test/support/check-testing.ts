import { defaultLimits } from '../../src/inputs/input-format.js';
import { parseKubernetesManifests } from '../../src/inputs/kubernetes-yaml/index.js';
import type { Cluster } from '../../src/model/cluster.js';
import type { FileLocation, SourceLocation } from '../../src/model/location.js';
import type { ScanModel } from '../../src/model/scan-model.js';
import type { Check, CheckResult } from '../../src/checks/check.js';

/** Test support: models from inline YAML, and findings reduced to what a test asserts. */

/** A model from manifests keyed by file name (a single string is `manifest.yaml`). */
export function manifestModel(files: string | Record<string, string>, clusters: Cluster[] = []): ScanModel {
  const sources = typeof files === 'string' ? { 'manifest.yaml': files } : files;
  const kubeObjects = Object.entries(sources).flatMap(([file, text]) => {
    const parsed = parseKubernetesManifests(text, file, {
      defaultNamespace: 'default',
      limits: defaultLimits,
    });
    if (parsed.errors.length > 0)
      throw new Error(`test manifest ${file} does not parse: ${parsed.errors[0]?.message}`);
    return parsed.objects;
  });
  return { kubeObjects, clusters };
}

/** The check with `id` from a module's list. */
export function pickCheck(list: readonly Check[], id: string): Check {
  const found = list.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no check ${id}`);
  return found;
}

export function runCheck(check: Check, model: ScanModel): CheckResult {
  return check.run(model, { defaultNamespace: 'default' });
}

export interface FindingSummary {
  line: number;
  resource: string;
  container?: string;
  message: string;
}

/** Findings as `{ line, resource, container, message }`, in line order. */
export function findingsOf(check: Check, model: ScanModel): FindingSummary[] {
  return runCheck(check, model)
    .findings.map((finding) => ({
      line: inFile(finding.location).line,
      resource: finding.resource,
      ...(finding.container === undefined ? {} : { container: finding.container }),
      message: finding.message,
    }))
    .sort((left, right) => left.line - right.line);
}

/** A location that a file reader produced, as a file position: a live one fails the test. */
export function inFile(location: SourceLocation | undefined): FileLocation {
  if (location === undefined || location.kind === 'live') throw new Error('expected a file location');
  return location;
}
