/**
 * A position in a scanned file. Lines and columns are 1-based. `file` is relative to the
 * working directory when the file is under it, absolute otherwise. Readers of files may leave
 * `kind` out: only live readers tag their locations, and what is not tagged live is a file.
 */
export interface FileLocation {
  kind?: 'file';
  file: string;
  line: number;
  column: number;
  /** Helm's `# Source: chart/templates/x.yaml`, when the document carried one. */
  template?: string;
  /** Terraform resource address or ARM resource id/name, when there is no better anchor. */
  address?: string;
  /** Terraform input (plan or source): the resource's address, e.g. `module.pool.azurerm_kubernetes_cluster_node_pool.batch`. */
  terraformAddress?: string;
}

/** Which API a live object was read from. */
export type LiveApi = 'kubernetes' | 'azure-resource-manager';

/** An object read from a running cluster: it has an address in its API, not a file and a line. */
export interface LiveLocation {
  kind: 'live';
  api: LiveApi;
  /** The kubeconfig context (Kubernetes API), or the AKS cluster's name (Azure Resource Manager). */
  cluster: string;
  /** The object's address in that API: `/apis/apps/v1/namespaces/shop/deployments/web`, or the ARM resource id. */
  apiAddress: string;
  uid?: string;
  /** The field blamed inside the object (`spec.template.spec.hostNetwork`), when the check names one. */
  fieldPath?: string;
}

/** Where a value came from: a file position, or a live object. Switch on `kind`; never parse `file`. */
export type SourceLocation = FileLocation | LiveLocation;

/** A location with its kind always written, as results carry it. */
export type TaggedLocation = (FileLocation & { kind: 'file' }) | LiveLocation;

export const tagged = (location: SourceLocation): TaggedLocation =>
  location.kind === 'live' ? location : { ...location, kind: 'file' };

/** A path into a Kubernetes object or template body: keys and array indexes. */
export type FieldPath = readonly (string | number)[];

/** `spec.containers[0].securityContext`: a field path as people write it. */
export const formatFieldPath = (path: FieldPath): string =>
  path
    .map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`))
    .join('');

/** Where a location is, in one line of plain text: `file:line`, or the live cluster and the object's address. */
export const describeLocation = (location: SourceLocation): string =>
  location.kind === 'live'
    ? `${location.cluster} ${location.apiAddress}${location.fieldPath === undefined ? '' : ` ${location.fieldPath}`}`
    : `${location.file}:${location.line}`;
