/**
 * The CIS Azure Linux rows that a node pool's settings touch. Everything else in that
 * benchmark is baked into the image Microsoft ships and attests; no AKS setting changes it.
 * - `node-os.ssh-access` decides the sshd rows: `securityProfile.sshAccess: Disabled` makes them
 *   moot (no sshd to reach), so the pool passes;
 * - `node-os.login-banner` decides the message-of-the-day rows: a custom `messageOfTheDay` must
 *   not disclose the OS (CIS: no \m, \r, \s, \v escapes or OS name).
 * A pool that leaves either setting as AKS ships it is not judged: the input cannot show the
 * node's sshd_config or motd, and the only honest source for them is Microsoft's attestation,
 * so the result names that instead of claiming a Pass of our own.
 * linuxOSConfig.sysctls is not read: its allowlist holds none of the sysctls this benchmark
 * checks (azure-property-map.md section B, from bicep-types-az SysctlConfig and azurerm sysctl_config).
 * FIPS and encryption at host are no CIS Azure Linux rows; they are shown in the note as evidence.
 */
import { referenceTo } from '../../model/cluster.js';
import type { SourceLocation } from '../../model/location.js';
import type { ScanModel } from '../../model/scan-model.js';
import type { Setting } from '../../model/setting.js';
import type { Check, CheckResult, FindingDraft, Undecided } from '../check.js';
import { noCluster, poolResource, type PoolSubject } from '../cluster/requirements.js';

/** osSKU values of Azure Linux images; Mariner and CBLMariner are Azure Linux 2.0's former names. */
const azureLinuxSkus = new Set(['azurelinux', 'azurelinux3', 'mariner', 'cblmariner']);

/** What a node-OS check concludes about one Azure Linux pool. */
type PoolJudgment =
  | { kind: 'judged'; evidence: string; finding?: { location: SourceLocation; message: string; key: string } }
  | { kind: 'as shipped'; reason: string }
  | { kind: 'undecided'; reason: string; location: SourceLocation };

type UnknownSetting = Extract<Setting<unknown>, { state: 'unknown' }>;

const undecidedBy = (name: string, setting: UnknownSetting): PoolJudgment => ({
  kind: 'undecided',
  reason: `${name}: ${setting.reason}`,
  location: setting.location,
});

function switchedOn(setting: Setting<boolean>): string {
  if (setting.state === 'unknown') return 'unknown until deployment';
  return setting.state === 'set' && setting.value ? 'on' : 'off';
}

/** FIPS and encryption at host: evidence beside the rows, never a finding. */
const hostEvidence = ({ pool }: PoolSubject): string =>
  `Pool '${pool.name}': FIPS ${switchedOn(pool.fipsEnabled)}, encryption at host ${switchedOn(pool.encryptionAtHost)}.`;

/** Pools that run Azure Linux are judged; an osSKU known only at deployment leaves it open. */
function judgeIfAzureLinux(
  subject: PoolSubject,
  judge: (subject: PoolSubject) => PoolJudgment,
): PoolJudgment | undefined {
  const sku = subject.pool.osSku;
  if (sku.state === 'unknown') return undecidedBy('osSKU', sku);
  return sku.state === 'set' && azureLinuxSkus.has(sku.value.toLowerCase()) ? judge(subject) : undefined;
}

function nodeOsCheck(id: string, description: string, judge: (subject: PoolSubject) => PoolJudgment): Check {
  return {
    id,
    description,
    run(model: ScanModel): CheckResult {
      if (model.clusters.length === 0) {
        return { findings: [], applicable: 0, undecided: [], notApplicableReason: noCluster };
      }
      const findings: FindingDraft[] = [];
      const undecided: Undecided[] = [];
      const asShipped: string[] = [];
      const evidence: string[] = [];
      let azureLinuxPools = 0;
      let judged = 0;
      for (const cluster of model.clusters) {
        for (const pool of cluster.nodePools) {
          const subject = { cluster, pool };
          const judgment = judgeIfAzureLinux(subject, judge);
          if (judgment === undefined) continue;
          azureLinuxPools += 1;
          const resource = poolResource(subject);
          evidence.push(hostEvidence(subject));
          if (judgment.kind === 'undecided') {
            undecided.push({ reason: judgment.reason, resource, location: judgment.location });
          } else if (judgment.kind === 'as shipped') {
            asShipped.push(judgment.reason);
          } else {
            judged += 1;
            evidence.push(judgment.evidence);
            if (judgment.finding !== undefined)
              findings.push({ resource, ...referenceTo(cluster), ...judgment.finding });
          }
        }
      }
      if (azureLinuxPools === 0) {
        return {
          findings,
          applicable: 0,
          undecided,
          notApplicableReason: 'no Azure Linux node pool in the scanned input',
        };
      }
      const applicable = judged + undecided.length;
      if (applicable === 0) {
        return {
          findings,
          applicable,
          undecided,
          notApplicableReason: asShipped.join(' '),
          note: evidence.join(' '),
        };
      }
      return { findings, applicable, undecided, note: [...asShipped, ...evidence].join(' ') };
    },
  };
}

export const sshAccess = nodeOsCheck(
  'node-os.ssh-access',
  'Azure Linux node pools with SSH disabled, which makes the sshd hardening rows moot',
  ({ pool }) => {
    const access = pool.sshAccess;
    if (access.state === 'unknown') return undecidedBy('securityProfile.sshAccess', access);
    if (access.state === 'set' && access.value.toLowerCase() === 'disabled') {
      return {
        kind: 'judged',
        evidence: `Pool '${pool.name}': SSH is disabled (securityProfile.sshAccess), so no sshd can be reached.`,
      };
    }
    return {
      kind: 'as shipped',
      reason: `SSH is enabled on pool '${pool.name}'; the sshd configuration is as AKS ships it (Microsoft attests Pass).`,
    };
  },
);

/** CIS: the banner must not show the OS through agetty escapes or the OS name (os-release ID). */
const osDisclosures: readonly RegExp[] = [/\\[mrsv]/g, /mariner|azure ?linux/gi];

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The decoded banner, or undefined when the value is not base64 (AKS expects it encoded). */
function decodeBase64(encoded: string): string | undefined {
  const compact = encoded.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !base64.test(compact)) return undefined;
  return Buffer.from(compact, 'base64').toString('utf8');
}

export const loginBanner = nodeOsCheck(
  'node-os.login-banner',
  "Azure Linux node pools' custom message of the day does not disclose the operating system",
  ({ pool }) => {
    const motd = pool.messageOfTheDay;
    if (motd.state === 'unknown') return undecidedBy('messageOfTheDay', motd);
    if (motd.state === 'unset') {
      return {
        kind: 'as shipped',
        reason: `Pool '${pool.name}' keeps the message of the day AKS ships (Microsoft attests Pass).`,
      };
    }
    const banner = decodeBase64(motd.value);
    if (banner === undefined) {
      return { kind: 'undecided', reason: 'messageOfTheDay is not valid base64', location: motd.location };
    }
    const disclosed = [...new Set(osDisclosures.flatMap((pattern) => banner.match(pattern) ?? []))];
    const evidence = `Pool '${pool.name}' sets its own message of the day (messageOfTheDay).`;
    if (disclosed.length === 0) return { kind: 'judged', evidence };
    return {
      kind: 'judged',
      evidence,
      finding: {
        location: motd.location,
        message: `The message of the day discloses the operating system: it contains ${disclosed.map((text) => `'${text}'`).join(', ')}`,
        key: `${pool.name}:messageOfTheDay`,
      },
    };
  },
);
