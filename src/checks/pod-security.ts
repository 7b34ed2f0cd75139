import { asFields, asText, textsOf } from '../model/fields.js';
import type { Check } from './check.js';
import {
  listEntryCheck,
  podFieldChecks,
  type FieldSource,
  type PodFieldRule,
  type Violation,
} from './container-field-template.js';
import { quoteInput } from '../model/quote.js';

/**
 * CIS Kubernetes 5.2.2–5.2.13 and 5.6.2–5.6.3 as configurations of the container-field
 * template. Precedence follows the Kubernetes API: privileged, allowPrivilegeEscalation and
 * capabilities exist only on containers; hostPID/hostIPC/hostNetwork and volumes only on the
 * pod; runAsUser, runAsNonRoot, seccompProfile and windowsOptions on both, the container's
 * value winning.
 */

const containerSecurity = (...path: string[]): FieldSource => ({
  from: 'container',
  path: ['securityContext', ...path],
});
const effectiveSecurity = (...path: string[]): FieldSource => ({ from: 'container-over-pod', path });

const privileged = containerSecurity('privileged');
const capabilitiesDrop = containerSecurity('capabilities', 'drop');
const capabilitiesAdd = containerSecurity('capabilities', 'add');

/** Kubernetes spells capabilities without `CAP_`; container runtimes accept both. */
function capabilityNames(value: unknown): string[] {
  return textsOf(value).map((name) => name.toUpperCase().replace(/^CAP_/, ''));
}

const runsPrivileged = (value: unknown) => value === true;

function hostNamespaceRule(
  id: string,
  field: 'hostPID' | 'hostIPC' | 'hostNetwork',
  shares: string,
): PodFieldRule<'shared'> {
  return {
    id,
    description: `Pods that share the host's ${shares} (${field}: true).`,
    subject: 'pod',
    fields: { shared: { from: 'pod', path: [field] } },
    judge: ({ shared }) =>
      shared === true
        ? { blame: 'shared', message: `sets ${field}: true, sharing the host's ${shares}` }
        : undefined,
  };
}

/** A rule, its judge typed by the names of its fields. */
const podFieldRule = <F extends string>(rule: PodFieldRule<F>): PodFieldRule<string> => rule;

const privilegedRule = podFieldRule({
  id: 'pod-security.privileged',
  description: 'Containers that run privileged.',
  subject: 'container',
  fields: { privileged },
  judge: ({ privileged }) =>
    runsPrivileged(privileged)
      ? {
          blame: 'privileged',
          message: 'sets securityContext.privileged: true, with full access to the host',
        }
      : undefined,
});

const privilegeEscalationRule = podFieldRule({
  id: 'pod-security.allow-privilege-escalation',
  description: 'Containers that may gain more privileges than their parent process.',
  subject: 'container',
  fields: { escalation: containerSecurity('allowPrivilegeEscalation'), privileged },
  judge: ({ escalation, privileged }) => {
    if (escalation === false) return undefined;
    if (escalation !== undefined) {
      return {
        blame: 'escalation',
        message: `sets securityContext.allowPrivilegeEscalation: ${quoteInput(escalation)}`,
      };
    }
    // Kubernetes turns no_new_privs off for privileged containers, so privileged implies escalation.
    return runsPrivileged(privileged)
      ? { blame: 'privileged', message: 'runs privileged, which allows privilege escalation' }
      : {
          message:
            'does not set securityContext.allowPrivilegeEscalation: false, and escalation is allowed by default',
        };
  },
});

const rootRule = podFieldRule({
  id: 'pod-security.root-containers',
  description: 'Containers that may run as root (neither runAsNonRoot: true nor a runAsUser above 0).',
  subject: 'container',
  fields: { nonRoot: effectiveSecurity('runAsNonRoot'), user: effectiveSecurity('runAsUser') },
  judge: ({ nonRoot, user }, nameOf) => {
    if (user === 0) return { blame: 'user', message: `sets ${nameOf('user')}: 0, running as root` };
    if ((typeof user === 'number' && user > 0) || nonRoot === true) return undefined;
    return nonRoot === undefined
      ? {
          message:
            'sets neither runAsNonRoot: true nor a runAsUser above 0, so it runs as root if the image says so',
        }
      : {
          blame: 'nonRoot',
          message: `sets ${nameOf('nonRoot')}: ${quoteInput(nonRoot)} and no runAsUser above 0`,
        };
  },
});

const netRawRule = podFieldRule({
  id: 'pod-security.net-raw',
  description: 'Containers that keep the NET_RAW capability.',
  subject: 'container',
  fields: { drop: capabilitiesDrop, add: capabilitiesAdd, privileged },
  judge: ({ drop, add, privileged }) => {
    if (runsPrivileged(privileged))
      return { blame: 'privileged', message: 'runs privileged, which grants NET_RAW' };
    const added = capabilityNames(add);
    if (added.includes('NET_RAW') || added.includes('ALL')) {
      return { blame: 'add', message: `adds NET_RAW back (capabilities.add: ${added.join(', ')})` };
    }
    const dropped = capabilityNames(drop);
    if (dropped.includes('ALL') || dropped.includes('NET_RAW')) return undefined;
    return dropped.length === 0
      ? { message: 'does not drop NET_RAW (securityContext.capabilities.drop has neither ALL nor NET_RAW)' }
      : { blame: 'drop', message: `drops ${dropped.join(', ')} but not NET_RAW or ALL` };
  },
});

const addedCapabilitiesRule = podFieldRule({
  id: 'pod-security.added-capabilities',
  description: 'Containers that add Linux capabilities.',
  subject: 'container',
  fields: { add: capabilitiesAdd },
  judge: ({ add }) => {
    const added = capabilityNames(add);
    return added.length === 0
      ? undefined
      : { blame: 'add', message: `adds capabilities ${added.join(', ')}` };
  },
});

const capabilitiesNotDroppedRule = podFieldRule({
  id: 'pod-security.capabilities-not-dropped',
  description: 'Containers that do not drop ALL capabilities.',
  subject: 'container',
  fields: { drop: capabilitiesDrop, privileged },
  judge: ({ drop, privileged }) => {
    if (runsPrivileged(privileged))
      return { blame: 'privileged', message: 'runs privileged, which grants every capability' };
    const dropped = capabilityNames(drop);
    if (dropped.includes('ALL')) return undefined;
    return dropped.length === 0
      ? { message: 'does not drop ALL capabilities (securityContext.capabilities.drop)' }
      : { blame: 'drop', message: `drops only ${dropped.join(', ')}, not ALL` };
  },
});

const windowsHostProcessRule = podFieldRule({
  id: 'pod-security.windows-host-process',
  description: 'Windows containers that run as HostProcess containers.',
  subject: 'container',
  fields: { hostProcess: effectiveSecurity('windowsOptions', 'hostProcess') },
  judge: ({ hostProcess }, nameOf) =>
    hostProcess === true
      ? { blame: 'hostProcess', message: `sets ${nameOf('hostProcess')}: true, running on the Windows host` }
      : undefined,
});

const hostPathCheck = listEntryCheck({
  id: 'pod-security.host-path',
  description: 'Pods that mount hostPath volumes.',
  subject: 'pod',
  lists: [
    {
      path: ['volumes'],
      judge: (volume) => {
        const hostPath = asFields(volume.hostPath);
        if (hostPath === undefined) return undefined;
        const name = asText(volume.name) ?? '?';
        return {
          blame: [],
          name,
          message: `mounts host path ${asText(hostPath.path) ?? '?'} as volume "${name}"`,
        };
      },
    },
  ],
});

const hostPortCheck = listEntryCheck({
  id: 'pod-security.host-ports',
  description: 'Containers that bind host ports.',
  subject: 'container',
  lists: [
    {
      path: ['ports'],
      judge: (port) => {
        if (typeof port.hostPort !== 'number' || port.hostPort === 0) return undefined;
        return {
          blame: ['hostPort'],
          // Unnamed ports are told apart by number and protocol (DNS serves 53 on TCP and UDP).
          name: asText(port.name) ?? `${String(port.containerPort)}/${asText(port.protocol) ?? 'TCP'}`,
          message: `binds host port ${port.hostPort}`,
        };
      },
    },
  ],
});

type SeccompField = 'containerProfile' | 'containerAnnotation' | 'podProfile' | 'podAnnotation';

/** Kubernetes applies the first of these that is set (annotations are the pre-1.19 spelling). */
const seccompPrecedence: readonly SeccompField[] = [
  'containerProfile',
  'containerAnnotation',
  'podProfile',
  'podAnnotation',
];

const seccompRule = podFieldRule({
  id: 'pod-security.seccomp',
  description: 'Containers whose seccomp profile is unset or Unconfined.',
  subject: 'container',
  fields: {
    containerProfile: containerSecurity('seccompProfile', 'type'),
    containerAnnotation: {
      from: 'container-annotation',
      keyPrefix: 'container.seccomp.security.alpha.kubernetes.io/',
    },
    podProfile: { from: 'pod', path: ['securityContext', 'seccompProfile', 'type'] },
    podAnnotation: { from: 'pod-annotation', key: 'seccomp.security.alpha.kubernetes.io/pod' },
    privileged,
  },
  judge: (fields, nameOf): Violation<SeccompField | 'privileged'> | undefined => {
    // containerd and CRI-O apply no seccomp profile to a privileged container, whatever the spec asks.
    if (runsPrivileged(fields.privileged)) {
      return {
        blame: 'privileged',
        message: 'runs privileged, so the container runtime applies no seccomp profile',
      };
    }
    const applied = seccompPrecedence.find((name) => fields[name] !== undefined);
    if (applied === undefined) {
      return {
        message:
          'has no seccomp profile at container or pod level, so it runs Unconfined unless the kubelet sets a default (seccompDefault)',
      };
    }
    const profile = fields[applied];
    return String(profile).toLowerCase() === 'unconfined'
      ? { blame: applied, message: `sets ${nameOf(applied)}: ${quoteInput(profile)}` }
      : undefined;
  },
});

const isEmpty = (value: unknown) => Object.keys(asFields(value) ?? {}).length === 0;

const securityContextRule = podFieldRule({
  id: 'pod-security.security-context',
  description: 'Containers with no security context of their own or from their pod.',
  subject: 'container',
  fields: {
    container: { from: 'container', path: ['securityContext'] },
    pod: { from: 'pod', path: ['securityContext'] },
  },
  judge: ({ container, pod }) =>
    isEmpty(container) && isEmpty(pod)
      ? { message: 'has no securityContext, and neither has its pod' }
      : undefined,
});

/** The field rules are judged together, subject by subject (`podFieldChecks`); the list rules apart. */
export const podSecurityChecks: Check[] = [
  ...podFieldChecks([
    privilegedRule,
    hostNamespaceRule('pod-security.host-pid', 'hostPID', 'process ID namespace'),
    hostNamespaceRule('pod-security.host-ipc', 'hostIPC', 'IPC namespace'),
    hostNamespaceRule('pod-security.host-network', 'hostNetwork', 'network namespace'),
    privilegeEscalationRule,
    rootRule,
    netRawRule,
    addedCapabilitiesRule,
    capabilitiesNotDroppedRule,
    windowsHostProcessRule,
    seccompRule,
    securityContextRule,
  ]),
  hostPathCheck,
  hostPortCheck,
];
