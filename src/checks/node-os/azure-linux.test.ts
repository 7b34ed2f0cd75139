import { describe, expect, it } from 'vitest';
import type { NodePool } from '../../model/cluster.js';
import {
  deployTime,
  lineOf,
  makeCluster,
  makePool,
  modelOf,
  onCluster,
  stated,
} from '../../../test/support/cluster-factory.js';
import { loginBanner, sshAccess } from './azure-linux.js';

const options = { defaultNamespace: 'default' };
const azureLinuxPool = (overrides: Partial<NodePool> = {}): NodePool =>
  makePool({ osSku: stated('AzureLinux', 21), ...overrides });
const runOn = (check: typeof sshAccess, ...pools: NodePool[]) =>
  check.run(modelOf(makeCluster({ nodePools: pools })), options);
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('node-os.ssh-access', () => {
  it('passes a pool with SSH disabled, and says why in the note', () => {
    const result = runOn(sshAccess, azureLinuxPool({ sshAccess: stated('Disabled', 24) }));
    expect(result).toMatchObject({ findings: [], applicable: 1, undecided: [] });
    expect(result.notApplicableReason).toBeUndefined();
    expect(result.note).toContain(
      "Pool 'system': SSH is disabled (securityProfile.sshAccess), so no sshd can be reached.",
    );
  });

  it.each([
    ['left out', undefined],
    ['LocalUser', 'LocalUser'],
    ['EntraId', 'EntraId'],
  ])('leaves the sshd rows to Microsoft when SSH is %s', (_label, access) => {
    const pool = azureLinuxPool(access === undefined ? {} : { sshAccess: stated(access, 24) });
    expect(runOn(sshAccess, pool)).toMatchObject({
      findings: [],
      applicable: 0,
      undecided: [],
      notApplicableReason:
        "SSH is enabled on pool 'system'; the sshd configuration is as AKS ships it (Microsoft attests Pass).",
    });
  });

  it('judges Azure Linux 3 and the former CBLMariner name too', () => {
    const disabled = { sshAccess: stated('Disabled', 24) };
    const result = runOn(
      sshAccess,
      azureLinuxPool({ name: 'al3', osSku: stated('AzureLinux3', 21), ...disabled }),
      azureLinuxPool({ name: 'mariner', osSku: stated('CBLMariner', 21), ...disabled }),
    );
    expect(result.applicable).toBe(2);
  });

  it('names the pools that keep SSH beside the ones that disable it', () => {
    const result = runOn(
      sshAccess,
      azureLinuxPool({ name: 'locked', sshAccess: stated('Disabled', 24) }),
      azureLinuxPool({ name: 'open' }),
    );
    expect(result.applicable).toBe(1);
    expect(result.note).toContain("SSH is enabled on pool 'open'");
  });

  it('shows FIPS and encryption at host as evidence, never as findings', () => {
    const result = runOn(
      sshAccess,
      azureLinuxPool({ fipsEnabled: stated(true, 25), encryptionAtHost: stated(false, 26) }),
    );
    expect(result.findings).toEqual([]);
    expect(result.note).toBe("Pool 'system': FIPS on, encryption at host off.");
  });

  it('stays undecided while sshAccess or the OS is known only at deployment', () => {
    const result = runOn(
      sshAccess,
      azureLinuxPool({ name: 'a', sshAccess: deployTime(24) }),
      makePool({ name: 'b', osSku: deployTime(31) }),
    );
    expect(result.findings).toEqual([]);
    expect(result.undecided).toEqual([
      {
        reason: 'securityProfile.sshAccess: the value comes from reference() and resolves only at deployment',
        resource: 'NodePool/aks-prod/a',
        location: lineOf(24),
      },
      {
        reason: 'osSKU: the value comes from reference() and resolves only at deployment',
        resource: 'NodePool/aks-prod/b',
        location: lineOf(31),
      },
    ]);
  });

  it.each([
    ['an Ubuntu pool', makePool({ osSku: stated('Ubuntu', 21) })],
    ['a pool that keeps the default OS (Ubuntu)', makePool()],
    ['a Windows pool', makePool({ osType: stated('Windows', 20), osSku: stated('Windows2022', 21) })],
  ])('does not apply to %s', (_label, pool) => {
    expect(runOn(sshAccess, pool)).toEqual({
      findings: [],
      applicable: 0,
      undecided: [],
      notApplicableReason: 'no Azure Linux node pool in the scanned input',
    });
  });

  it('has nothing to judge without a cluster', () => {
    expect(sshAccess.run(modelOf(), options).notApplicableReason).toBe('no AKS cluster in the scanned input');
  });
});

describe('node-os.login-banner', () => {
  it('passes a custom message of the day that names no OS detail', () => {
    const result = runOn(
      loginBanner,
      azureLinuxPool({ messageOfTheDay: stated(base64('Authorized use only.\n'), 28) }),
    );
    expect(result).toMatchObject({ findings: [], applicable: 1, undecided: [] });
    expect(result.note).toContain("Pool 'system' sets its own message of the day (messageOfTheDay).");
  });

  it('fails a message of the day with agetty escapes or the OS name, at the property', () => {
    const banner = base64('Welcome to \\s \\r (Azure Linux)\n');
    const result = runOn(loginBanner, azureLinuxPool({ messageOfTheDay: stated(banner, 28) }));
    expect(result.findings).toEqual([
      {
        resource: 'NodePool/aks-prod/system',
        ...onCluster(),
        location: lineOf(28),
        message:
          "The message of the day discloses the operating system: it contains '\\s', '\\r', 'Azure Linux'",
        key: 'system:messageOfTheDay',
      },
    ]);
  });

  it('leaves the banner rows to Microsoft when the pool keeps the shipped message', () => {
    expect(runOn(loginBanner, azureLinuxPool())).toMatchObject({
      applicable: 0,
      notApplicableReason: "Pool 'system' keeps the message of the day AKS ships (Microsoft attests Pass).",
    });
  });

  it('stays undecided on a value that is not base64', () => {
    expect(
      runOn(loginBanner, azureLinuxPool({ messageOfTheDay: stated('not base64!', 28) })).undecided,
    ).toEqual([
      {
        reason: 'messageOfTheDay is not valid base64',
        resource: 'NodePool/aks-prod/system',
        location: lineOf(28),
      },
    ]);
  });

  it('names the cluster of each finding when several clusters share pool names', () => {
    const disclosing = azureLinuxPool({ messageOfTheDay: stated(base64('mariner host'), 28) });
    const result = loginBanner.run(
      modelOf(
        makeCluster({ name: 'aks-east', nodePools: [disclosing] }),
        makeCluster({ name: 'aks-west', nodePools: [disclosing] }),
      ),
      options,
    );
    expect(result.findings.map((finding) => [finding.cluster, finding.resource])).toEqual([
      ['aks-east', 'NodePool/aks-east/system'],
      ['aks-west', 'NodePool/aks-west/system'],
    ]);
  });
});
