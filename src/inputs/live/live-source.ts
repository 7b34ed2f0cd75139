import type { TokenCredential } from '@azure/core-auth';
import type { InputContext, InputResult } from '../input-format.js';

// The live input's public face: entry points reach the live readers through this module only.
export { LiveScanError } from '../live-kubernetes/connection.js';

/**
 * Pullable by every AKS node (MCR is on AKS's required egress list), and pinned by digest: a
 * tag can be moved to other content, and this image reads the host. Declared here, not beside
 * the audit's Jobs, so that the command line's defaults do not load the node audit.
 */
export const defaultNodeAuditImage =
  'mcr.microsoft.com/azurelinux/busybox:1.36@sha256:330ce7e940f7476089c4c74565c63767988e188b06988e58e76b54890e7f621b';

/** Where the node audit's Jobs run unless told otherwise; the node audit Role is granted there. */
export const defaultNodeAuditNamespace = 'aks-cis-gate';

/** A request bound that survives a busy API server; the page size the targets are measured at. */
export const defaultRequestTimeoutSeconds = 30;
export const defaultPageSize = 500;

/** What the user asked a live scan to read (CLI flags or action inputs), before any connection. */
export interface LiveSettings {
  kubeconfig: string | undefined;
  context: string | undefined;
  /** Also read the managed cluster from Azure Resource Manager. */
  azureClusterId: string | undefined;
  armEndpoint: string | undefined;
  authorityHost: string | undefined;
  requestTimeoutSeconds: number;
  pageSize: number;
  countPlatformWorkloads: boolean;
  /** Present only when the opt-in node audit was asked for. */
  nodeAudit: { image: string; namespace: string } | undefined;
}

/**
 * How to reach ARM besides DefaultAzureCredential: tests pass a credential and the loopback
 * server's CA. There is deliberately no way to switch TLS verification off.
 */
export interface ArmAccess {
  credential?: TokenCredential;
  tlsCa?: string;
}

/** A node audit Job may wait for its image pull and scheduling; beyond this it is given up and deleted. */
const nodeAuditTimeoutMs = 5 * 60_000;
const nodeAuditPollIntervalMs = 2_000;

/** The live read as a scan source: its model joins the scan; LiveScanError stops it. */
export function liveSource(
  settings: LiveSettings,
  access: ArmAccess = {},
): (context: InputContext) => Promise<InputResult> {
  const requestTimeoutMs = settings.requestTimeoutSeconds * 1000;
  return async (context) => {
    // Loaded on a live scan only: the readers are no part of a scan of code.
    const [{ readLive }, { defaultArmEndpoint }] = await Promise.all([
      import('./read-live.js'),
      import('../live-arm/read-managed-cluster.js'),
    ]);
    const { model } = await readLive({
      kubernetes: {
        ...(settings.kubeconfig === undefined ? {} : { kubeconfig: settings.kubeconfig }),
        ...(settings.context === undefined ? {} : { context: settings.context }),
        requestTimeoutMs,
        pageSize: settings.pageSize,
        countPlatformAsUser: settings.countPlatformWorkloads,
      },
      ...(settings.azureClusterId === undefined
        ? {}
        : {
            arm: {
              clusterId: settings.azureClusterId,
              armEndpoint: settings.armEndpoint ?? defaultArmEndpoint,
              ...(settings.authorityHost === undefined ? {} : { authorityHost: settings.authorityHost }),
              requestTimeoutMs,
              ...access,
            },
          }),
      ...(settings.nodeAudit === undefined
        ? {}
        : {
            nodeAudit: {
              ...settings.nodeAudit,
              timeoutMs: nodeAuditTimeoutMs,
              pollIntervalMs: nodeAuditPollIntervalMs,
            },
          }),
      log: context.log,
      ...(context.progress === undefined ? {} : { progress: context.progress }),
    });
    return { model, errors: [], skipped: [] };
  };
}
