import { maxKubernetesNameCharacters, quoteInput } from '../../model/quote.js';
import { referenceTo, type Cluster } from '../../model/cluster.js';
import { isClusterScoped } from '../../model/cluster-scoped-kinds.js';
import type { KubeObject } from '../../model/kubernetes.js';
import type { FieldPath } from '../../model/location.js';
import type { NotCheckedInput } from '../input-format.js';
import {
  configResourceOf,
  stringsIn,
  type ConfigExpression,
  type PlanJson,
  type PlanResource,
} from './plan-json.js';
import { resolveReferences } from './references.js';
import { clusterType, kubernetesResourceTypes, typedKinds } from './read-types.js';
import type { PlanPath, ResourceLocator, TerraformSources } from './terraform-sources.js';
import { writtenIn, type WrittenArguments } from './written-arguments.js';

type Body = Record<string, unknown>;

/**
 * The provider's resource for a namespace's own `default` ServiceAccount (the usual way to turn
 * its token off, CIS 5.1.5): its metadata names only the namespace, and the account is always `default`.
 */
const defaultServiceAccountTypes = new Set([
  'kubernetes_default_service_account',
  'kubernetes_default_service_account_v1',
]);

export const isKubernetesResourceType = (type: string): boolean => kubernetesResourceTypes.has(type);

/** Blocks that are lists in Kubernetes (usually under a plural name); other blocks hold one item. */
/** Without a prototype: an argument named `constructor` or `toString` is not one of these blocks. */
const blockTable = (blocks: Record<string, string>): Record<string, string> =>
  Object.assign(Object.create(null) as Record<string, string>, blocks);

const listBlocks = blockTable({
  container: 'containers',
  init_container: 'initContainers',
  ephemeral_container: 'ephemeralContainers',
  volume: 'volumes',
  volume_mount: 'volumeMounts',
  volume_device: 'volumeDevices',
  port: 'ports',
  ports: 'ports',
  env: 'env',
  env_from: 'envFrom',
  toleration: 'tolerations',
  rule: 'rules',
  subject: 'subjects',
  ingress: 'ingress',
  egress: 'egress',
  from: 'from',
  to: 'to',
  image_pull_secrets: 'imagePullSecrets',
  image_pull_secret: 'imagePullSecrets',
  host_aliases: 'hostAliases',
  match_expressions: 'matchExpressions',
  topology_spread_constraint: 'topologySpreadConstraints',
  readiness_gate: 'readinessGates',
  sysctl: 'sysctls',
  items: 'items',
  option: 'options',
  cluster_role_selectors: 'clusterRoleSelectors',
});

/** A ServiceAccount's `secret` blocks are its `secrets` list (elsewhere `secret` is a volume source). */
const topLevelListBlocks = blockTable({ ...listBlocks, secret: 'secrets' });

const irregularNames = new Map([
  ['host_ipc', 'hostIPC'],
  ['host_pid', 'hostPID'],
  ['non_resource_urls', 'nonResourceURLs'],
]);

/** The provider types these as strings; Kubernetes as integers. */
const integerFields = new Set(['run_as_user', 'run_as_group', 'fs_group', 'replicas']);
const integer = /^-?\d+$/;

/** Terraform-only arguments (waiting, timeouts) that are not part of the object. */
const terraformOnlyArguments = new Set([
  'id',
  'timeouts',
  'wait_for_rollout',
  'wait_for_default_secret',
  'wait_for_completion',
  'wait_for_load_balancer',
]);

const knownAfterApply = 'known only after apply (terraform plan)';

/** Argument names repeat in every resource of a plan: each is converted once (up to a bound). */
const camelCaseNames = new Map<string, string>();
const maxCamelCaseNames = 10_000;

function camelCase(name: string): string {
  let converted = camelCaseNames.get(name);
  if (converted === undefined) {
    converted =
      irregularNames.get(name) ??
      name.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
    if (camelCaseNames.size < maxCamelCaseNames) camelCaseNames.set(name, converted);
  }
  return converted;
}

/** A non-empty list of objects: a repeated block, mapped item by item. */
function isBlockList(value: unknown[]): value is Body[] {
  if (value.length === 0) return false;
  for (let index = 0; index < value.length; index += 1) {
    const item = value[index];
    if (typeof item !== 'object' || item === null) return false;
  }
  return true;
}

/** The `after_unknown` of a block with no value known only after apply (most of them): never written. */
const noUnknowns: Body = Object.freeze({});

/** Where a mapped object came from: its plan path, and the plan name of each of its fields. */
interface Origin {
  planPath: PlanPath;
  names: Map<string, string>;
}

/**
 * Maps the provider's snake_case blocks to Kubernetes fields. When asked, it remembers where each
 * mapped object came from, so findings point at the `.tf` attribute; a resource located by its
 * address in the plan file has no use for that (a 50 MB plan's deployments have 34,000 blocks).
 */
class BlockMapper {
  /** The mapped objects' origins, one table for the resource; undefined when not asked for. */
  private readonly origins: Map<object, Origin> | undefined;
  /** The plan path and the Kubernetes field path of the block being mapped, copied only where kept. */
  private readonly planPath: (string | number)[] = [];
  private readonly fieldPath: (string | number)[] = [];
  private readonly maxDepth: number;
  /** Set when the values nest deeper than the limit: the object is then not checked. */
  tooDeep = false;

  constructor(maxDepth: number, recordOrigins: boolean) {
    this.maxDepth = maxDepth;
    this.origins = recordOrigins ? new Map() : undefined;
  }

  /** Kubernetes fields whose value Terraform knows only after apply (`after_unknown`), with their plan paths. */
  readonly unknownFields: { path: FieldPath; planPath: PlanPath }[] = [];

  /**
   * `unknown` is the `after_unknown` node matching `block`, which sits at the mapper's plan path
   * and field path, so that values known only after apply can be named by their field. The fields
   * go into `mapped`, after any it holds; the arguments named in `skipped` are left out.
   */
  mapBlock(
    block: Body,
    lists: Record<string, string>,
    unknown: unknown,
    written: WrittenArguments,
    mapped: Body = {},
    skipped?: ReadonlySet<string>,
  ): Body {
    let names: Map<string, string> | undefined;
    if (this.origins !== undefined) {
      names = new Map();
      this.origins.set(mapped, { planPath: [...this.planPath], names });
    }
    if (this.planPath.length > this.maxDepth) {
      this.tooDeep = true;
      return mapped;
    }
    const unknownHere = typeof unknown === 'object' && unknown !== null ? (unknown as Body) : noUnknowns;
    const unknownNames = Object.keys(unknownHere);
    for (let at = 0; at < unknownNames.length; at += 1) {
      const name = unknownNames[at] as string;
      // An argument the configuration does not write is one the provider computes (its default):
      // that is an unset field, not an unknown one.
      if (unknownHere[name] === true && written.writes(name)) {
        this.unknownFields.push({
          path: [...this.fieldPath, lists[name] ?? camelCase(name)],
          planPath: [...this.planPath, name],
        });
      }
    }
    const blockNames = Object.keys(block);
    for (let at = 0; at < blockNames.length; at += 1) {
      const name = blockNames[at] as string;
      const value = block[name];
      if (value === null || value === undefined) continue;
      const isList = Array.isArray(value);
      if ((isList && value.length === 0) || skipped?.has(name) === true) continue;
      const field = lists[name] ?? camelCase(name);
      names?.set(field, name);
      if (isList) {
        mapped[field] = isBlockList(value)
          ? this.mapList(value, name, field, lists, unknownHere[name], written)
          : value;
      } else {
        mapped[field] =
          typeof value === 'string' && integerFields.has(name) && integer.test(value) ? Number(value) : value;
      }
    }
    return mapped;
  }

  /**
   * The items of the block list `name` below the block being mapped, mapped to `field`: a list
   * when Kubernetes has one there or there are several items, else the one item. `unknownItems`
   * is the list's `after_unknown`.
   */
  private mapList(
    items: Body[],
    name: string,
    field: string,
    lists: Record<string, string>,
    unknownItems: unknown,
    written: WrittenArguments,
  ): Body | Body[] {
    const asList = name in lists || items.length > 1;
    const { planPath, fieldPath } = this;
    const planDepth = planPath.length;
    const fieldDepth = fieldPath.length;
    // Sized once: a list grown by push keeps room for 16 more items, for 2,000 resources' lists.
    const mapped = new Array<Body>(items.length);
    for (let index = 0; index < items.length; index += 1) {
      planPath.push(name, index);
      if (asList) fieldPath.push(field, index);
      else fieldPath.push(field);
      const unknown = Array.isArray(unknownItems) ? (unknownItems[index] as unknown) : undefined;
      mapped[index] = this.mapBlock(items[index] as Body, listBlocks, unknown, written.block(name, index));
      planPath.length = planDepth;
      fieldPath.length = fieldDepth;
    }
    return asList ? mapped : (mapped[0] as Body);
  }

  /** The plan path of the field at `fieldPath` below `body`, or of its nearest mapped ancestor. */
  planPathOf(body: Body, fieldPath: FieldPath): PlanPath {
    let node: unknown = body;
    let found: PlanPath = [];
    const originOf = (value: unknown): Origin | undefined =>
      typeof value === 'object' && value !== null ? this.origins?.get(value) : undefined;
    for (const step of fieldPath) {
      const origin = originOf(node);
      if (typeof step === 'number') {
        node = Array.isArray(node) ? node[step] : undefined;
      } else {
        const name = origin?.names.get(step);
        if (origin === undefined || name === undefined) break;
        found = [...origin.planPath, name];
        node = (node as Body)[step];
      }
      const reached = originOf(node);
      if (reached !== undefined) found = reached.planPath;
    }
    return found;
  }
}

interface MappedBody {
  body: Body;
  /** Fields known only after apply: checks that read them leave the object undecided. */
  unknownFields: { path: FieldPath; planPath: PlanPath }[];
  /** Kubernetes field path → plan path. */
  planPathOf: (path: FieldPath) => PlanPath;
}

function mapTypedResource(
  resource: PlanResource,
  kind: { apiVersion: string; kind: string },
  maxDepth: number,
  expressions: unknown,
  locatesPaths: boolean,
): MappedBody | undefined {
  const mapper = new BlockMapper(maxDepth, locatesPaths);
  const body = mapper.mapBlock(
    resource.values,
    topLevelListBlocks,
    resource.unknown,
    writtenIn(expressions),
    { ...kind },
    terraformOnlyArguments,
  );
  return mapper.tooDeep
    ? undefined
    : { body, unknownFields: mapper.unknownFields, planPathOf: (path) => mapper.planPathOf(body, path) };
}

/** `kubernetes_manifest.manifest` is already the Kubernetes object, written as an HCL object. */
function mapManifest(resource: PlanResource, maxDepth: number): MappedBody | undefined {
  const manifest = resource.values.manifest;
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return undefined;
  if (nestsDeeperThan(manifest, maxDepth)) return undefined;
  const unknownFields: { path: FieldPath; planPath: PlanPath }[] = [];
  // kubernetes_manifest's `after_unknown` mirrors the manifest itself, key for key.
  const collect = (node: unknown, path: FieldPath): void => {
    if (node === true) unknownFields.push({ path, planPath: ['manifest', ...path] });
    else if (Array.isArray(node)) node.forEach((item, index) => collect(item, [...path, index]));
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) collect(value, [...path, key]);
    }
  };
  collect((resource.unknown as { manifest?: unknown } | undefined)?.manifest, []);
  return { body: manifest as Body, unknownFields, planPathOf: (path) => ['manifest', ...path] };
}

function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (maxDepth === 0) return true;
  return Object.values(value).some((child) => nestsDeeperThan(child, maxDepth - 1));
}

function metadataOf(body: Body): Body {
  const metadata = body.metadata;
  return typeof metadata === 'object' && metadata !== null ? (metadata as Body) : {};
}

function unknownMetadata(resource: PlanResource, field: string): boolean {
  const unknown = resource.unknown as
    { metadata?: Record<string, unknown>[]; manifest?: { metadata?: Body } } | undefined;
  return unknown?.metadata?.[0]?.[field] === true || unknown?.manifest?.metadata?.[field] === true;
}

/**
 * The cluster the Kubernetes provider configuration `providerKey` talks to, when it refers to an
 * azurerm_kubernetes_cluster of this plan (`host = azurerm_kubernetes_cluster.x.kube_config[0].host`).
 */
function providerCluster(
  plan: PlanJson,
  providerKey: string,
  clusters: ReadonlyMap<PlanResource, Cluster>,
): Cluster | undefined {
  const provider = plan.configuration?.provider_config?.[providerKey];
  const host = provider?.expressions?.host as ConfigExpression | undefined;
  const found = resolveReferences(plan, [], stringsIn(host?.references), clusterType, [...clusters.keys()]);
  return found.length === 1 && found[0] !== undefined ? clusters.get(found[0]) : undefined;
}

/**
 * `providerCluster`, worked out once per provider configuration rather than for each resource it
 * manages. A function of its own: a closure in `readKubernetesResources` that named the plan would
 * share a scope with each object's `locate`, and keep the parsed plan for as long as the objects.
 */
function providerClusters(
  plan: PlanJson,
  clusters: ReadonlyMap<PlanResource, Cluster>,
): (providerKey: string) => Cluster | undefined {
  const found = new Map<string, Cluster | undefined>();
  return (providerKey) => {
    if (!found.has(providerKey)) found.set(providerKey, providerCluster(plan, providerKey, clusters));
    return found.get(providerKey);
  };
}

const deeperThanTheLimit = 'if the nesting is legitimate, raise the bound with `--limit maxDepth=N`';

function whyUnreadable(resource: PlanResource): { reason: string; fix: string } {
  // A typed resource always has its apiVersion and kind: only its depth can stop it.
  if (resource.type !== 'kubernetes_manifest')
    return { reason: 'its values nest deeper than the depth limit', fix: deeperThanTheLimit };
  const unknown = resource.unknown as { manifest?: unknown } | undefined;
  if (unknown?.manifest === true)
    return {
      reason: 'its manifest is known only after apply (terraform plan)',
      fix: 'write the manifest from values known at plan time, or scan the cluster after apply (`--live`)',
    };
  const manifest = resource.values.manifest;
  if (typeof manifest !== 'object' || manifest === null)
    return { reason: 'it has no manifest', fix: 'write the Kubernetes object in its `manifest` argument' };
  return {
    reason: 'its manifest nests deeper than the depth limit, or names no apiVersion and kind',
    fix: `give the manifest an apiVersion and a kind; ${deeperThanTheLimit}`,
  };
}

/**
 * The object's fields known only after apply, and why. Not a closure beside the object's `locate`:
 * one that named the resource would keep its plan values for as long as the object lives.
 */
function unknownFieldsOf(
  mapped: MappedBody,
  resource: PlanResource,
): NonNullable<KubeObject['unknownFields']> {
  return mapped.unknownFields.map(({ path, planPath }) => ({
    path,
    reason: resource.unknownReason?.(planPath) ?? knownAfterApply,
  }));
}

export interface KubernetesResult {
  objects: KubeObject[];
  /** Resources that could not be turned into objects: computed at apply, or too deep. */
  notChecked: NotCheckedInput[];
}

/**
 * The object's `locate`, holding only what it needs: a resource located by its address in the
 * plan keeps neither its mapped body's origins nor the mapper.
 */
function locateWith(locator: ResourceLocator, mapped: MappedBody): KubeObject['locate'] {
  if (!locator.locatesPaths) return () => locator.at();
  const { planPathOf } = mapped;
  return (path) => locator.at(planPathOf(path));
}

/** A provider resource as an object in `objects`, or the reason it is not checked in `notChecked`. */
function readResource(
  plan: PlanJson,
  resource: PlanResource,
  sources: TerraformSources,
  clusterOf: (providerKey: string) => Cluster | undefined,
  options: { defaultNamespace: string; maxDepth: number },
  { objects, notChecked }: KubernetesResult,
): void {
  const kind = typedKinds.get(resource.type);
  const locator = sources.locatorFor(resource);
  const config = configResourceOf(plan, resource);
  const mapped =
    kind === undefined
      ? mapManifest(resource, options.maxDepth)
      : mapTypedResource(resource, kind, options.maxDepth, config?.expressions, locator.locatesPaths);
  const apiVersion = mapped?.body.apiVersion;
  const kindName = mapped?.body.kind;
  if (mapped === undefined || typeof apiVersion !== 'string' || typeof kindName !== 'string') {
    const { reason, fix } = whyUnreadable(resource);
    const { file, line } = locator.at();
    notChecked.push({
      file,
      line,
      reason: `${quoteInput(resource.address)} is not checked: ${reason}`,
      fix,
    });
    return;
  }
  const metadata = metadataOf(mapped.body);
  // The API server refuses names longer than a DNS subdomain: a valid name is never shortened.
  const namespace = unknownMetadata(resource, 'namespace')
    ? '(known after apply)'
    : typeof metadata.namespace === 'string'
      ? quoteInput(metadata.namespace, maxKubernetesNameCharacters)
      : options.defaultNamespace;
  const name = defaultServiceAccountTypes.has(resource.type)
    ? 'default'
    : quoteInput(
        typeof metadata.name === 'string' ? metadata.name : resource.address,
        maxKubernetesNameCharacters,
      );
  const providerKey = config?.provider_config_key;
  const cluster = clusterOf(typeof providerKey === 'string' ? providerKey : 'kubernetes');
  const unknownFields = unknownFieldsOf(mapped, resource);
  objects.push({
    apiVersion,
    kind: kindName,
    name,
    namespace: isClusterScoped(apiVersion, kindName) ? undefined : namespace,
    body: mapped.body,
    location: locator.at(),
    locate: locateWith(locator, mapped),
    origin: 'terraform',
    ...(unknownFields.length === 0 ? {} : { unknownFields }),
    ...(cluster === undefined ? {} : referenceTo(cluster)),
  });
}

/** The Kubernetes provider's resources as Kubernetes objects, so the section-5 checks apply to them. */
export function readKubernetesResources(
  plan: PlanJson,
  resources: readonly PlanResource[],
  sources: TerraformSources,
  clusters: ReadonlyMap<PlanResource, Cluster>,
  options: { defaultNamespace: string; maxDepth: number },
): KubernetesResult {
  const result: KubernetesResult = { objects: [], notChecked: [] };
  const clusterOf = providerClusters(plan, clusters);
  // Indexed, and the body a function of its own: a for-of loop's iterator and a large body make
  // the optimizing compiler's work on this loop cost more than the loop (docs/benchmarks.md).
  for (let index = 0; index < resources.length; index += 1) {
    const resource = resources[index] as PlanResource;
    if (isKubernetesResourceType(resource.type))
      readResource(plan, resource, sources, clusterOf, options, result);
  }
  return result;
}
