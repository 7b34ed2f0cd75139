/**
 * Where a value came from. Lines and columns are 1-based. `file` is relative to the
 * working directory when the file is under it, absolute otherwise.
 */
export interface SourceLocation {
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

/** A path into a Kubernetes object or template body: keys and array indexes. */
export type FieldPath = readonly (string | number)[];
