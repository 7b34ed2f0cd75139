/**
 * The kubelet rows (CIS Kubernetes 4.2.x; CIS AKS 3.2.x) that AKS lets differ between pools,
 * decided from each pool's kubelet configuration as the API server's node proxy serves it
 * (`/api/v1/nodes/{node}/proxy/configz`). Only live scans carry that configuration: code scans
 * leave these rows to Microsoft's attestation.
 */
import { referenceTo } from '../../model/cluster.js';
import type { Check, CheckResult, FindingDraft } from '../check.js';
import { quoteInput } from '../../model/quote.js';

type KubeletConfig = Record<string, unknown>;

interface KubeletRule {
  id: string;
  description: string;
  /** Dotted path into KubeletConfiguration, for the message and the fingerprint key. */
  field: string;
  /** Returns why the value fails, or undefined when it complies. */
  problem(config: KubeletConfig): string | undefined;
}

const valueAt = (config: KubeletConfig, field: string): unknown =>
  field
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], config);

/** Kubelet configuration as read live, one check per rule: the kube-linter-style template. */
function kubeletCheck(rule: KubeletRule): Check {
  return {
    id: rule.id,
    description: rule.description,
    reads: ['Node', 'nodes/proxy'],
    run(model): CheckResult {
      const findings: FindingDraft[] = [];
      let applicable = 0;
      for (const cluster of model.clusters) {
        for (const pool of cluster.nodePools) {
          if (!pool.liveKubeletConfig) continue;
          applicable += 1;
          const problem = rule.problem(pool.liveKubeletConfig);
          if (problem === undefined) continue;
          findings.push({
            resource: `NodePool/${cluster.name}/${pool.name}`,
            ...referenceTo(cluster),
            location: pool.location,
            message: `Node pool '${pool.name}': kubelet ${rule.field} ${problem}.`,
            key: rule.field,
          });
        }
      }
      return {
        findings,
        applicable,
        undecided: [],
        ...(applicable === 0
          ? { notApplicableReason: 'no kubelet configuration read (only a live scan reads it)' }
          : {}),
      };
    },
  };
}

const show = (value: unknown) =>
  value === undefined ? 'is not set' : `is ${quoteInput(JSON.stringify(value))}`;

/** CIS's list of strong suites (4.2.12), plus the TLS 1.3 suites Go always prefers. */
const strongCipherSuites = new Set([
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
]);

/** Go durations: "0", "0s", "0h0m0s" all mean no timeout. */
const isZeroDuration = (value: unknown) => value === 0 || (typeof value === 'string' && !/[1-9]/.test(value));

export const kubeletChecks: Check[] = [
  kubeletCheck({
    id: 'kubelet.anonymous-auth',
    description: 'The kubelet must refuse anonymous requests.',
    field: 'authentication.anonymous.enabled',
    problem: (config) =>
      valueAt(config, 'authentication.anonymous.enabled') === false
        ? undefined
        : `${show(valueAt(config, 'authentication.anonymous.enabled'))}; anonymous requests reach the kubelet API`,
  }),
  kubeletCheck({
    id: 'kubelet.authorization-mode',
    description: 'The kubelet must authorize requests (not AlwaysAllow).',
    field: 'authorization.mode',
    problem: (config) => {
      const mode = valueAt(config, 'authorization.mode');
      return mode === undefined || mode === 'AlwaysAllow'
        ? `${show(mode)}; every authenticated request is allowed`
        : undefined;
    },
  }),
  kubeletCheck({
    id: 'kubelet.client-ca',
    description: 'The kubelet must verify client certificates against a CA.',
    field: 'authentication.x509.clientCAFile',
    problem: (config) =>
      typeof valueAt(config, 'authentication.x509.clientCAFile') === 'string' &&
      valueAt(config, 'authentication.x509.clientCAFile') !== ''
        ? undefined
        : 'is not set; client certificates are not verified',
  }),
  kubeletCheck({
    id: 'kubelet.read-only-port',
    description: 'The kubelet read-only port must be disabled (0).',
    field: 'readOnlyPort',
    problem: (config) =>
      (config.readOnlyPort ?? 0) === 0
        ? undefined
        : `${show(config.readOnlyPort)}; it serves pod data without authentication`,
  }),
  kubeletCheck({
    id: 'kubelet.streaming-idle-timeout',
    description: 'Streaming connections (exec, attach, port-forward) must time out when idle.',
    field: 'streamingConnectionIdleTimeout',
    problem: (config) =>
      isZeroDuration(config.streamingConnectionIdleTimeout) ? 'is 0; idle streams never close' : undefined,
  }),
  kubeletCheck({
    id: 'kubelet.iptables-util-chains',
    description: 'The kubelet must manage its iptables utility chains.',
    field: 'makeIPTablesUtilChains',
    problem: (config) => (config.makeIPTablesUtilChains === false ? 'is false' : undefined),
  }),
  kubeletCheck({
    id: 'kubelet.event-qps',
    description: 'Kubelet event recording must not be throttled so low that events are lost.',
    field: 'eventRecordQPS',
    // 0 means unthrottled; upstream's default is 50. Below 5 a busy node drops events.
    problem: (config) => {
      const qps = config.eventRecordQPS;
      return typeof qps === 'number' && qps > 0 && qps < 5
        ? `is ${qps}; events beyond ${qps}/s are dropped`
        : undefined;
    },
  }),
  kubeletCheck({
    id: 'kubelet.rotate-certificates',
    description: 'The kubelet must rotate its client certificate.',
    field: 'rotateCertificates',
    problem: (config) =>
      config.rotateCertificates === false ? 'is false; the client certificate never rotates' : undefined,
  }),
  kubeletCheck({
    id: 'kubelet.rotate-server-certificates',
    description: 'The kubelet must rotate its serving certificate.',
    field: 'featureGates.RotateKubeletServerCertificate',
    problem: (config) =>
      valueAt(config, 'featureGates.RotateKubeletServerCertificate') === false &&
      config.serverTLSBootstrap !== true
        ? 'is false and serverTLSBootstrap is off; the serving certificate never rotates'
        : undefined,
  }),
  kubeletCheck({
    id: 'kubelet.tls-ciphers',
    description: 'The kubelet must offer strong TLS cipher suites only.',
    field: 'tlsCipherSuites',
    problem: (config) => {
      const suites = config.tlsCipherSuites;
      if (!Array.isArray(suites) || suites.length === 0)
        return "is not set; Go's defaults include weaker suites";
      const weak = suites.filter((suite) => !strongCipherSuites.has(String(suite)));
      return weak.length > 0 ? `includes weak suites: ${weak.join(', ')}` : undefined;
    },
  }),
];
