import { clusterIdentity, type Cluster, type NodePool } from '../model/cluster.js';
import type { KubeObject } from '../model/kubernetes.js';
import type { ScanModel } from '../model/scan-model.js';
import type { Setting } from '../model/setting.js';
import type { BenchmarkFamily, Catalog } from './catalog.js';
import { quoteInput } from '../model/quote.js';

/** Report order: CIS Kubernetes always first. */
export const benchmarkFamilies: readonly BenchmarkFamily[] = ['cis-kubernetes', 'cis-aks', 'cis-azure-linux'];

/** One catalog to evaluate, over the part of the model it judges. */
export interface CatalogSelection {
  catalog: Catalog;
  /** Why this catalog, for the report: "Kubernetes 1.32 declared at infra/main.bicep:14". */
  selectedBecause: string;
  /** The clusters (and their node pools) and Kubernetes objects this catalog judges. */
  model: ScanModel;
  /** Every row is N/A with this reason (Azure Linux rows when no pool runs Azure Linux). */
  notApplicable?: string;
  /** Every row is "Not evaluated" with this reason (Azure Linux asked for, but no node pools). */
  notEvaluated?: string;
  /**
   * Pools left out of `model` that may run this catalog's OS, and why it is not known: no row may
   * pass for them, so every row but a failing one is "Not evaluated" with this reason.
   */
  undecidedPools?: string;
}

export type SelectionResult = { ok: true; selections: CatalogSelection[] } | { ok: false; message: string };

interface MinorVersion {
  major: number;
  minor: number;
}

/** `1.32`, `1.32.5`, `v1.32` → 1.32; anything else is not a version we can place. */
export function parseMinorVersion(text: string): MinorVersion | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(text.trim());
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

const compareMinor = (a: MinorVersion, b: MinorVersion): number => a.major - b.major || a.minor - b.minor;

const formatMinor = (version: MinorVersion): string => `${version.major}.${version.minor}`;

/** Numeric comparison of the digit groups in two version strings ("1.12.0" > "1.11.1", "1.8" > "1.7"). */
function compareVersionText(a: string, b: string): number {
  const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);
  const left = numbers(a);
  const right = numbers(b);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Older catalogs first: by the Kubernetes versions they start at, then by benchmark version. */
export function compareCatalogAge(a: Catalog, b: Catalog): number {
  const minOf = (catalog: Catalog) =>
    parseMinorVersion(catalog.kubernetes?.min ?? '0.0') ?? { major: 0, minor: 0 };
  return compareMinor(minOf(a), minOf(b)) || compareVersionText(a.version, b.version);
}

const newest = (catalogs: Catalog[]): Catalog => [...catalogs].sort(compareCatalogAge).at(-1) as Catalog;
const oldest = (catalogs: Catalog[]): Catalog => [...catalogs].sort(compareCatalogAge)[0] as Catalog;

function covers(catalog: Catalog, version: MinorVersion): boolean {
  const min = catalog.kubernetes?.min === undefined ? undefined : parseMinorVersion(catalog.kubernetes.min);
  const max = catalog.kubernetes?.max === undefined ? undefined : parseMinorVersion(catalog.kubernetes.max);
  return (
    (min === undefined || compareMinor(version, min) >= 0) &&
    (max === undefined || compareMinor(version, max) <= 0)
  );
}

interface VersionChoice {
  catalog: Catalog;
  because: string;
}

const where = (setting: Setting<unknown>): string => `${setting.location.file}:${setting.location.line}`;

/** The catalog of one family for a declared Kubernetes version, and the sentence that explains it. */
function catalogForVersion(
  family: Catalog[],
  setting: Setting<string> | undefined,
  subject: string,
): VersionChoice {
  if (setting === undefined)
    return { catalog: newest(family), because: 'no Kubernetes version in the input: newest catalog' };
  if (setting.state === 'unset') {
    return {
      catalog: newest(family),
      because: `${subject} declares no Kubernetes version (${where(setting)}): newest catalog`,
    };
  }
  if (setting.state === 'unknown') {
    return {
      catalog: newest(family),
      because: `the Kubernetes version of ${subject} is not known before deployment (${setting.reason}, ${where(setting)}): newest catalog`,
    };
  }
  const version = parseMinorVersion(setting.value);
  if (version === undefined || !/^v?\d+\.\d+(\.\d+)?$/.test(setting.value.trim())) {
    // The value is scanned content (it may be a whole file read by loadTextContent): never echo it.
    return {
      catalog: newest(family),
      because: `the Kubernetes version declared at ${where(setting)} is not a version number: newest catalog`,
    };
  }
  const declared = `Kubernetes ${setting.value.trim()} declared at ${where(setting)}`;
  const covering = family.filter((catalog) => covers(catalog, version));
  const catalog = covering.length > 0 ? newest(covering) : oldest(family);
  const lowest = parseMinorVersion(catalog.kubernetes?.min ?? '') ?? oldestAttestedVersion;
  const note =
    compareMinor(version, lowest) < 0
      ? `; note: ${formatMinor(version)} is older than the versions this catalog was written for (${formatMinor(lowest)} and later), so it is only an approximation`
      : '';
  return { catalog, because: `${declared} (${subject})${note}` };
}

/** The oldest AKS version that Microsoft's attestation tables speak for. */
const oldestAttestedVersion: MinorVersion = { major: 1, minor: 29 };

/** AKS runs osSKU `AzureLinux` as Azure Linux 3.0 from Kubernetes 1.32; before that, 2.0. */
const azureLinux3From: MinorVersion = { major: 1, minor: 32 };

const clusterSubject = (cluster: Cluster): string => `cluster ${cluster.name}`;

/** Objects tied to one of these clusters, plus every object not tied to a cluster of the input. */
function objectsFor(model: ScanModel, clusters: Cluster[]): KubeObject[] {
  const known = new Set(model.clusters.flatMap((cluster) => [cluster.id, cluster.name]));
  const chosen = new Set(clusters.flatMap((cluster) => [cluster.id, cluster.name]));
  return model.kubeObjects.filter(
    (object) => object.cluster === undefined || !known.has(object.cluster) || chosen.has(object.cluster),
  );
}

/** Groups clusters by the catalog their version selects; objects without a cluster go to every group. */
function selectByClusterVersion(family: Catalog[], model: ScanModel, forced?: Catalog): CatalogSelection[] {
  if (forced !== undefined) {
    return [{ catalog: forced, selectedBecause: 'named with --benchmark', model }];
  }
  if (model.clusters.length === 0) {
    const choice = catalogForVersion(family, undefined, 'the input');
    return [{ catalog: choice.catalog, selectedBecause: choice.because, model }];
  }
  const groups = new Map<Catalog, { clusters: Cluster[]; reasons: string[] }>();
  for (const cluster of model.clusters) {
    const choice = catalogForVersion(family, cluster.kubernetesVersion, clusterSubject(cluster));
    const group = groups.get(choice.catalog) ?? { clusters: [], reasons: [] };
    group.clusters.push(cluster);
    group.reasons.push(choice.because);
    groups.set(choice.catalog, group);
  }
  const shared =
    groups.size > 1 && model.kubeObjects.some((object) => object.cluster === undefined)
      ? '; Kubernetes objects not tied to a cluster are judged under each selected catalog'
      : '';
  return [...groups].map(([catalog, group]) => ({
    catalog,
    selectedBecause: group.reasons.join('; ') + shared,
    model: { ...model, clusters: group.clusters, kubeObjects: objectsFor(model, group.clusters) },
  }));
}

type PoolOs =
  { kind: 'azure-linux'; sku: string } | { kind: 'other'; sku: string } | { kind: 'unknown'; reason: string };

/** What OS a pool runs. AKS's default for Linux pools without osSKU is Ubuntu. */
function poolOs(pool: NodePool): PoolOs {
  if (pool.osSku.state === 'unknown') return { kind: 'unknown', reason: pool.osSku.reason };
  if (pool.osSku.state === 'set') {
    const sku = pool.osSku.value;
    return /^azurelinux3?$|^mariner$|^cblmariner$/i.test(sku)
      ? { kind: 'azure-linux', sku }
      : { kind: 'other', sku };
  }
  if (pool.osType.state === 'unknown') return { kind: 'unknown', reason: pool.osType.reason };
  // An unwritten osSKU takes AKS's default for the pool's OS type, which the AKS REST API
  // documents on ManagedClusterAgentPoolProfile.osSKU: "The default is Ubuntu if OSType is Linux.
  // The default is Windows2019 when Kubernetes <= 1.24 or Windows2022 when Kubernetes >= 1.25 if
  // OSType is Windows" (learn.microsoft.com/rest/api/aks/agent-pools, OSSKU). Neither is Azure Linux.
  const windows = pool.osType.state === 'set' && /^windows$/i.test(pool.osType.value);
  return {
    kind: 'other',
    sku: windows ? 'Windows (osSKU not set)' : 'Ubuntu (the AKS default when osSKU is not set)',
  };
}

const poolName = (cluster: Cluster, pool: NodePool): string =>
  `${quoteInput(cluster.name)}/${quoteInput(pool.name)}`;

/** AzureLinux3 → 3.0; AzureLinux → 2.0 up to Kubernetes 1.31, 3.0 from 1.32 or when the version is unknown. */
function azureLinuxCatalog(
  family: Catalog[],
  sku: string,
  version: Setting<string>,
  subject: string,
): VersionChoice {
  if (/3$/.test(sku)) return { catalog: newest(family), because: subject };
  const declared = version.state === 'set' ? parseMinorVersion(version.value) : undefined;
  if (version.state !== 'set' || declared === undefined) {
    return { catalog: newest(family), because: `${subject}, Kubernetes version not known: newest catalog` };
  }
  const catalog = compareMinor(declared, azureLinux3From) < 0 ? oldest(family) : newest(family);
  return {
    catalog,
    because: `${subject} on Kubernetes ${quoteInput(version.value)} declared at ${where(version)}`,
  };
}

/** Azure Linux catalogs are chosen per node pool: AzureLinux3 → 3.0; AzureLinux → by the pool's version. */
function selectAzureLinux(
  family: Catalog[],
  model: ScanModel,
  explicit: boolean,
  forced?: Catalog,
): CatalogSelection[] {
  const pools = model.clusters.flatMap((cluster) =>
    cluster.nodePools.map((pool) => ({ cluster, pool, os: poolOs(pool) })),
  );
  if (pools.length === 0) {
    if (!explicit) return [];
    const catalog = forced ?? newest(family);
    return [
      {
        catalog,
        selectedBecause: forced
          ? 'named with --benchmark'
          : 'asked for with --benchmark; no node pools in the input: newest catalog',
        model: { clusters: [], kubeObjects: [] },
        notEvaluated: 'no node pools in the input',
      },
    ];
  }
  const groups = new Map<Catalog, { pools: typeof pools; reasons: string[] }>();
  const others: string[] = [];
  const unknown: string[] = [];
  for (const entry of pools) {
    if (entry.os.kind === 'other') {
      others.push(`${poolName(entry.cluster, entry.pool)} runs ${quoteInput(entry.os.sku)}`);
      continue;
    }
    if (entry.os.kind === 'unknown') {
      unknown.push(
        `the OS of ${poolName(entry.cluster, entry.pool)} is not known before deployment (${entry.os.reason})`,
      );
      continue;
    }
    const subject = `node pool ${poolName(entry.cluster, entry.pool)}, ${quoteInput(entry.os.sku)}`;
    const version =
      entry.pool.orchestratorVersion.state === 'set'
        ? entry.pool.orchestratorVersion
        : entry.cluster.kubernetesVersion;
    const choice: VersionChoice = forced
      ? { catalog: forced, because: `named with --benchmark (${subject})` }
      : azureLinuxCatalog(family, entry.os.sku, version, subject);
    const group = groups.get(choice.catalog) ?? { pools: [], reasons: [] };
    group.pools.push(entry);
    group.reasons.push(choice.because);
    groups.set(choice.catalog, group);
  }
  const notes = [...others, ...unknown].map((note) => `; ${note}`).join('');
  if (groups.size === 0) {
    const catalog = forced ?? newest(family);
    const because = `${forced ? 'named with --benchmark' : 'no node pool runs Azure Linux: newest catalog'}${notes}`;
    const reasons = [...others, ...unknown].join('; ');
    return [
      unknown.length > 0
        ? {
            catalog,
            selectedBecause: because,
            model: { clusters: [], kubeObjects: [] },
            notEvaluated: reasons,
          }
        : {
            catalog,
            selectedBecause: because,
            model: { clusters: [], kubeObjects: [] },
            notApplicable: `${reasons}, not Azure Linux`,
          },
    ];
  }
  return [...groups].map(([catalog, group]) => {
    const clusters = model.clusters
      .map((cluster) => ({
        ...cluster,
        nodePools: group.pools.filter((entry) => entry.cluster === cluster).map((entry) => entry.pool),
      }))
      .filter((cluster) => cluster.nodePools.length > 0);
    return {
      catalog,
      selectedBecause: group.reasons.join('; ') + notes,
      model: { ...model, clusters, kubeObjects: [] },
      ...(unknown.length === 0 ? {} : { undecidedPools: unknown.join('; ') }),
    };
  });
}

/** Why a `--benchmark` name is refused, or undefined when every name is a family or a catalog id. */
export function unknownBenchmark(
  catalogs: readonly Catalog[],
  requested: readonly string[],
): string | undefined {
  const known = [...benchmarkFamilies, ...catalogs.map((catalog) => catalog.id)];
  const unknown = requested.find((name) => !known.includes(name));
  return unknown === undefined
    ? undefined
    : `unknown benchmark "${unknown}"; use one of: ${known.join(', ')}`;
}

/**
 * Which catalogs to evaluate, each over the part of the model it judges.
 * `requested` holds families or exact catalog ids (`--benchmark`); empty means the default:
 * CIS Kubernetes always, CIS AKS when the input has clusters, Azure Linux when it has node pools.
 */
export function selectCatalogs(
  catalogs: Catalog[],
  model: ScanModel,
  requested: readonly string[],
): SelectionResult {
  const refused = unknownBenchmark(catalogs, requested);
  if (refused !== undefined) return { ok: false, message: refused };
  const families = new Set(benchmarkFamilies.filter((family) => requested.includes(family)));
  const forcedIds = new Set(requested.filter((name) => !families.has(name as BenchmarkFamily)));
  if (requested.length === 0) {
    families.add('cis-kubernetes');
    if (model.clusters.length > 0) families.add('cis-aks');
    if (model.clusters.some((cluster) => cluster.nodePools.length > 0)) families.add('cis-azure-linux');
  }
  const selections: CatalogSelection[] = [];
  for (const familyName of benchmarkFamilies) {
    const family = catalogs.filter((catalog) => catalog.family === familyName);
    const forced = family.filter((catalog) => forcedIds.has(catalog.id));
    if (family.length === 0) continue;
    const chosen: (Catalog | undefined)[] = families.has(familyName) ? [undefined] : [];
    for (const catalog of [...chosen, ...forced]) {
      selections.push(
        ...(familyName === 'cis-azure-linux'
          ? selectAzureLinux(family, model, requested.length > 0, catalog)
          : selectByClusterVersion(family, model, catalog)),
      );
    }
  }
  const unique = selections.filter(
    (selection, index) => selections.findIndex((other) => other.catalog === selection.catalog) === index,
  );
  return { ok: true, selections: shareScopes(unique) };
}

/**
 * Selections that judge the same clusters, pools and objects get the same model object,
 * so the evaluation runs each check once per scope rather than once per catalog.
 */
function shareScopes(selections: CatalogSelection[]): CatalogSelection[] {
  const scopes = new Map<string, ScanModel>();
  return selections.map((selection) => {
    const { clusters, kubeObjects } = selection.model;
    const key = `${clusters.map((cluster) => `${clusterIdentity(cluster)}[${cluster.nodePools.map((pool) => pool.name).join(',')}]`).join(';')}#${kubeObjects.length}`;
    const model = scopes.get(key) ?? selection.model;
    scopes.set(key, model);
    return { ...selection, model };
  });
}
