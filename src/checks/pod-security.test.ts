import { describe, expect, it } from 'vitest';
import type { Check } from './check.js';
import { findingsOf, manifestModel, pickCheck, runCheck } from '../../test/support/check-testing.js';
import { podSecurityChecks } from './pod-security.js';

const check = (id: string): Check => pickCheck(podSecurityChecks, id);

/** A Deployment whose pod spec is `podSpec` (indented by the caller for `spec:` at column 4). */
function deployment(podSpec: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  template:
    spec:
${podSpec}`;
}

describe('pod-level host namespaces', () => {
  it.each([
    [
      'pod-security.host-pid',
      'hostPID',
      'yes',
      "sets hostPID: true, sharing the host's process ID namespace",
    ],
    ['pod-security.host-ipc', 'hostIPC', 'true', "sets hostIPC: true, sharing the host's IPC namespace"],
    [
      'pod-security.host-network',
      'hostNetwork',
      'On',
      "sets hostNetwork: true, sharing the host's network namespace",
    ],
  ])('%s blames the %s line', (id, field, spelling, message) => {
    const yaml = deployment(`      ${field}: ${spelling}\n      containers:\n        - name: app\n`);
    expect(findingsOf(check(id), manifestModel(yaml))).toEqual([
      { line: 9, resource: 'Deployment/shop/api', message: `The pod ${message}` },
    ]);
  });

  it('passes false and counts each pod once', () => {
    const yaml = deployment(
      '      hostPID: false\n      containers:\n        - name: a\n        - name: b\n',
    );
    expect(runCheck(check('pod-security.host-pid'), manifestModel(yaml))).toMatchObject({
      findings: [],
      applicable: 1,
    });
  });
});

describe('pod-security.privileged', () => {
  it('blames the privileged line of each privileged container, init containers included', () => {
    const yaml = deployment(`      initContainers:
        - name: setup
          securityContext:
            privileged: true
      containers:
        - name: app
          securityContext:
            privileged: false
`);
    expect(findingsOf(check('pod-security.privileged'), manifestModel(yaml))).toEqual([
      {
        line: 12,
        resource: 'Deployment/shop/api',
        container: 'setup',
        message: 'Init container "setup" sets securityContext.privileged: true, with full access to the host',
      },
    ]);
  });
});

describe('pod-security.allow-privilege-escalation', () => {
  const yaml = deployment(`      containers:
        - name: explicit
          securityContext:
            allowPrivilegeEscalation: true
        - name: privileged
          securityContext:
            privileged: true
        - name: unset
          image: app
        - name: safe
          securityContext:
            allowPrivilegeEscalation: false
`);

  it('blames the allowPrivilegeEscalation line, else privileged, else the container', () => {
    expect(findingsOf(check('pod-security.allow-privilege-escalation'), manifestModel(yaml))).toEqual([
      expect.objectContaining({
        line: 12,
        container: 'explicit',
        message: expect.stringContaining('allowPrivilegeEscalation: true'),
      }),
      expect.objectContaining({
        line: 15,
        container: 'privileged',
        message: expect.stringContaining('runs privileged'),
      }),
      expect.objectContaining({
        line: 16,
        container: 'unset',
        message: expect.stringContaining('does not set'),
      }),
    ]);
  });

  it('judges every container', () => {
    expect(runCheck(check('pod-security.allow-privilege-escalation'), manifestModel(yaml)).applicable).toBe(
      4,
    );
  });
});

describe('pod-security.root-containers', () => {
  it('applies the container value over the pod value', () => {
    const yaml = deployment(`      securityContext:
        runAsNonRoot: true
        runAsUser: 0
      containers:
        - name: inherits-root-user
        - name: overrides-user
          securityContext:
            runAsUser: 1000
`);
    expect(findingsOf(check('pod-security.root-containers'), manifestModel(yaml))).toEqual([
      expect.objectContaining({
        line: 11,
        container: 'inherits-root-user',
        message: expect.stringContaining('pod securityContext.runAsUser: 0'),
      }),
    ]);
  });

  it('fails runAsNonRoot false, and blames the container when neither field is set', () => {
    const yaml = deployment(`      containers:
        - name: says-root-is-fine
          securityContext:
            runAsNonRoot: false
        - name: silent
`);
    expect(findingsOf(check('pod-security.root-containers'), manifestModel(yaml))).toEqual([
      expect.objectContaining({
        line: 12,
        message: expect.stringContaining('runAsNonRoot: false and no runAsUser above 0'),
      }),
      expect.objectContaining({
        line: 13,
        message: expect.stringContaining('sets neither runAsNonRoot: true nor a runAsUser above 0'),
      }),
    ]);
  });
});

describe('capabilities', () => {
  const yaml = deployment(`      containers:
        - name: none
        - name: drops-some
          securityContext:
            capabilities:
              drop: [NET_RAW, SYS_ADMIN]
        - name: drops-all
          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE, cap_net_raw]
`);

  it('pod-security.net-raw: not dropped, or added back', () => {
    expect(findingsOf(check('pod-security.net-raw'), manifestModel(yaml))).toEqual([
      expect.objectContaining({
        line: 10,
        container: 'none',
        message: expect.stringContaining('does not drop NET_RAW'),
      }),
      expect.objectContaining({
        line: 19,
        container: 'drops-all',
        message: expect.stringContaining('adds NET_RAW back'),
      }),
    ]);
  });

  it('pod-security.added-capabilities names every added capability', () => {
    expect(findingsOf(check('pod-security.added-capabilities'), manifestModel(yaml))).toEqual([
      expect.objectContaining({
        line: 19,
        message: 'Container "drops-all" adds capabilities NET_BIND_SERVICE, NET_RAW',
      }),
    ]);
  });

  it('pod-security.capabilities-not-dropped requires ALL', () => {
    expect(findingsOf(check('pod-security.capabilities-not-dropped'), manifestModel(yaml))).toEqual([
      expect.objectContaining({ line: 10, container: 'none' }),
      expect.objectContaining({
        line: 14,
        message: 'Container "drops-some" drops only NET_RAW, SYS_ADMIN, not ALL',
      }),
    ]);
  });
});

describe('pod-security.windows-host-process', () => {
  it('reads the pod-level setting for containers that do not override it', () => {
    const yaml = deployment(`      securityContext:
        windowsOptions:
          hostProcess: true
      containers:
        - name: exporter
`);
    expect(findingsOf(check('pod-security.windows-host-process'), manifestModel(yaml))).toEqual([
      expect.objectContaining({
        line: 11,
        message: expect.stringContaining('pod securityContext.windowsOptions.hostProcess: true'),
      }),
    ]);
  });
});

describe('list entries', () => {
  const yaml = deployment(`      containers:
        - name: proxy
          ports:
            - containerPort: 8080
            - name: https
              containerPort: 8443
              hostPort: 443
      volumes:
        - name: cache
          emptyDir: {}
        - name: docker-socket
          hostPath:
            path: /var/run/docker.sock
`);

  it('pod-security.host-path blames the volume', () => {
    expect(findingsOf(check('pod-security.host-path'), manifestModel(yaml))).toEqual([
      {
        line: 19,
        resource: 'Deployment/shop/api',
        message: 'The pod mounts host path /var/run/docker.sock as volume "docker-socket"',
      },
    ]);
  });

  it('pod-security.host-ports blames the hostPort line', () => {
    expect(findingsOf(check('pod-security.host-ports'), manifestModel(yaml))).toEqual([
      {
        line: 15,
        resource: 'Deployment/shop/api',
        container: 'proxy',
        message: 'Container "proxy" binds host port 443',
      },
    ]);
  });

  it('keys findings by names, not positions', () => {
    const [finding] = runCheck(check('pod-security.host-ports'), manifestModel(yaml)).findings;
    expect(finding?.key).toBe('spec.template.spec.containers[proxy].ports[https]');
  });
});

describe('pod-security.seccomp', () => {
  it('takes the container field, then the container annotation, then the pod field, then the pod annotation', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata:
  name: legacy
  namespace: shop
  annotations:
    seccomp.security.alpha.kubernetes.io/pod: runtime/default
    container.seccomp.security.alpha.kubernetes.io/sidecar: unconfined
spec:
  containers:
    - name: app
    - name: sidecar
    - name: tuned
      securityContext:
        seccompProfile:
          type: Unconfined
`;
    expect(findingsOf(check('pod-security.seccomp'), manifestModel(yaml))).toEqual([
      expect.objectContaining({
        line: 8,
        container: 'sidecar',
        message: expect.stringContaining('unconfined'),
      }),
      expect.objectContaining({
        line: 16,
        container: 'tuned',
        message: expect.stringContaining('seccompProfile.type: Unconfined'),
      }),
    ]);
  });

  it('blames the container when no profile is set anywhere', () => {
    expect(
      findingsOf(
        check('pod-security.seccomp'),
        manifestModel(deployment('      containers:\n        - name: app\n')),
      ),
    ).toEqual([
      expect.objectContaining({
        line: 10,
        message:
          'Container "app" has no seccomp profile at container or pod level, so it runs Unconfined unless the kubelet sets a default (seccompDefault)',
      }),
    ]);
  });
});

describe('pod-security.security-context', () => {
  it('flags containers with no context of their own or from the pod', () => {
    const bare = deployment('      containers:\n        - name: app\n          securityContext: {}\n');
    const podLevel = deployment(
      '      securityContext:\n        fsGroup: 2000\n      containers:\n        - name: app\n',
    );
    expect(findingsOf(check('pod-security.security-context'), manifestModel(bare))).toEqual([
      expect.objectContaining({
        line: 10,
        message: 'Container "app" has no securityContext, and neither has its pod',
      }),
    ]);
    expect(findingsOf(check('pod-security.security-context'), manifestModel(podLevel))).toEqual([]);
  });
});

describe('inputs without workloads', () => {
  it.each(podSecurityChecks.map((candidate) => [candidate.id, candidate]))(
    '%s judges nothing',
    (_id, candidate) => {
      const model = manifestModel('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n');
      expect(runCheck(candidate, model)).toEqual({
        findings: [],
        applicable: 0,
        undecided: [],
        notApplicableReason: 'no workloads (pods or pod templates) in the scanned input',
      });
    },
  );
});

describe('null values', () => {
  it('reads an explicit null as unset, as Kubernetes does', () => {
    const yaml = deployment(
      '      containers:\n        - name: app\n          securityContext:\n            allowPrivilegeEscalation: null\n',
    );
    expect(findingsOf(check('pod-security.allow-privilege-escalation'), manifestModel(yaml))).toEqual([
      expect.objectContaining({ line: 10, message: expect.stringContaining('does not set') }),
    ]);
  });
});
