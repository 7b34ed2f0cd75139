/**
 * `cluster.audit-logs` decides CIS Kubernetes 3.2.1 and 3.2.2 and CIS AKS 2.1.1. AKS owns the
 * audit policy; what the user controls is whether audit events leave the control plane: a
 * diagnostic setting aimed at the cluster that enables kube-audit or kube-audit-admin and names
 * a destination (Log Analytics workspace, storage account or event hub).
 */
import type { DiagnosticSetting } from '../../model/cluster.js';
import type { ScanModel } from '../../model/scan-model.js';
import {
  allOf,
  anyVerdict,
  clusters,
  requirementCheck,
  settingRequirement,
  type ClusterScoped,
  type Requirement,
} from './requirements.js';

/**
 * Categories and category groups that carry the API server's audit events. `allLogs` is every
 * category of the resource by Azure Monitor's definition, so it covers them: confirmed. The
 * `audit` group is taken to cover them too, which is not confirmed: AKS's published category
 * table lists no group membership, so the note says so when a result rests on it.
 */
const confirmedAuditSources = new Set(['kube-audit', 'kube-audit-admin', 'alllogs']);
const auditLogSources = new Set([...confirmedAuditSources, 'audit']);

const exportsThroughAuditGroupOnly = ({ enabledCategories }: DiagnosticSetting): boolean => {
  if (enabledCategories.state !== 'set') return false;
  const categories = enabledCategories.value.map((category) => category.toLowerCase());
  return categories.includes('audit') && !categories.some((category) => confirmedAuditSources.has(category));
};

/** What the result rests on that the input cannot confirm. */
function auditLogsNote(model: ScanModel): string | undefined {
  const notes = [
    model.clusters.some(
      (cluster) => cluster.diagnosticSettings.length === 0 && !cluster.diagnosticSettingsUnknown,
    )
      ? 'A diagnostic setting deployed outside the scanned input (for example by Azure Policy) is not seen.'
      : '',
    model.clusters.some((cluster) => cluster.diagnosticSettings.some(exportsThroughAuditGroupOnly))
      ? "The 'audit' category group is counted as exporting kube-audit; AKS does not publish that group's members."
      : '',
  ].filter((note) => note !== '');
  return notes.length === 0 ? undefined : notes.join(' ');
}

interface DiagnosticSubject extends ClusterScoped {
  setting: DiagnosticSetting;
}

const exportsAuditEvents = allOf<DiagnosticSubject>(
  settingRequirement({
    property: { arm: 'logs', terraform: 'enabled_log' },
    read: ({ setting }) => setting.enabledCategories,
    aksDefault: [],
    defaultOwner: 'Azure Monitor',
    holds: (categories) => categories.some((category) => auditLogSources.has(category.toLowerCase())),
    explain: (_categories, { setting }) =>
      `diagnostic setting '${setting.name}' enables neither kube-audit nor kube-audit-admin`,
  }),
  settingRequirement({
    property: {
      arm: 'workspaceId/storageAccountId/eventHubAuthorizationRuleId',
      terraform: 'log_analytics_workspace_id/storage_account_id/eventhub_authorization_rule_id',
    },
    read: ({ setting }) => setting.hasDestination,
    aksDefault: false,
    defaultOwner: 'Azure Monitor',
    holds: (hasDestination) => hasDestination,
    explain: (_hasDestination, { setting }) => `diagnostic setting '${setting.name}' names no destination`,
  }),
);

const auditLogsExported: Requirement<ClusterScoped> = ({ cluster }) =>
  cluster.diagnosticSettingsUnknown !== undefined && cluster.diagnosticSettings.length === 0
    ? {
        outcome: 'undecided',
        reason: `diagnostic settings: ${cluster.diagnosticSettingsUnknown}`,
        location: cluster.location,
      }
    : cluster.diagnosticSettings.length === 0
      ? {
          outcome: 'not met',
          shortfalls: [
            {
              key: 'diagnosticSettings',
              location: cluster.location,
              message:
                "No diagnostic setting in the scanned input exports the cluster's kube-audit or kube-audit-admin logs",
              stated: false,
            },
          ],
        }
      : anyVerdict(
          'diagnosticSettings',
          'The audit log is not exported',
          cluster.diagnosticSettings.map((setting) => exportsAuditEvents({ cluster, setting })),
        );

export const auditLogs = requirementCheck({
  id: 'cluster.audit-logs',
  description: 'A diagnostic setting exports the Kubernetes audit log',
  subjects: clusters,
  requirement: auditLogsExported,
  note: auditLogsNote,
});
