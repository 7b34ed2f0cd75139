/** What the opt-in node audit (a read-only Job per node pool) saw on one node's host. */
export type NodeAuditRecord =
  | { kind: 'file'; path: string; exists: boolean; mode?: number; uid?: number; gid?: number }
  | { kind: 'module'; name: string; loaded: boolean; disabled: boolean }
  | { kind: 'sysctl'; name: string; value?: string };

export interface NodeAudit {
  /** The node the Job ran on. */
  node: string;
  records: NodeAuditRecord[];
  /** Why the audit of this pool gave no results (its rows are then not evaluated for the pool). */
  failure?: string;
}
