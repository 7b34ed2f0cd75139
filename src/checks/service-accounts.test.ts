import { describe, expect, it } from 'vitest';
import { findingsOf, manifestModel, runCheck } from '../../test/support/check-testing.js';
import { defaultServiceAccountCheck, tokenAutomountCheck } from './service-accounts.js';

function deployment(name: string, podSpec: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  template:
    spec:
${podSpec}      containers:
        - name: app
`;
}

function serviceAccount(name: string, extra = ''): string {
  return `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
  namespace: shop
${extra}`;
}

describe('service-accounts.default-used', () => {
  it('flags a workload without a service account at the object, and `default` at the field', () => {
    const yaml = [
      deployment('unset', ''),
      deployment('named-default', '      serviceAccount: default\n'),
    ].join('---\n');
    expect(findingsOf(defaultServiceAccountCheck, manifestModel(yaml))).toEqual([
      {
        line: 1,
        resource: 'Deployment/shop/unset',
        message: 'Deployment "unset" runs as the default service account (serviceAccountName is unset)',
      },
      {
        line: 20,
        resource: 'Deployment/shop/named-default',
        message: 'Deployment "named-default" sets serviceAccount: default',
      },
    ]);
  });

  it('flags a default ServiceAccount that mounts its token, and passes one that does not', () => {
    const mounting = serviceAccount('default');
    const model = manifestModel({
      'a.yaml': mounting,
      'b.yaml': serviceAccount('default', 'automountServiceAccountToken: false\n'),
    });
    expect(findingsOf(defaultServiceAccountCheck, model)).toEqual([
      {
        line: 1,
        resource: 'ServiceAccount/shop/default',
        message:
          'The default ServiceAccount of namespace "shop" does not set automountServiceAccountToken: false',
      },
    ]);
  });

  it('passes a workload with its own service account', () => {
    const result = runCheck(
      defaultServiceAccountCheck,
      manifestModel(deployment('api', '      serviceAccountName: api\n')),
    );
    expect(result).toMatchObject({ findings: [], applicable: 1 });
  });
});

describe('service-accounts.token-automount', () => {
  it('resolves the ServiceAccount across files by namespace and name', () => {
    const model = manifestModel({
      'accounts.yaml': serviceAccount('api', 'automountServiceAccountToken: false\n'),
      'deployment.yaml': deployment('api', '      serviceAccountName: api\n'),
    });
    expect(runCheck(tokenAutomountCheck, model)).toMatchObject({ findings: [], applicable: 1 });
  });

  it('does not match an account of the same name in another namespace', () => {
    const otherNamespace = serviceAccount('api', 'automountServiceAccountToken: false\n').replace(
      'namespace: shop',
      'namespace: ops',
    );
    const model = manifestModel({
      'accounts.yaml': otherNamespace,
      'deployment.yaml': deployment('api', '      serviceAccountName: api\n'),
    });
    expect(findingsOf(tokenAutomountCheck, model)).toEqual([
      expect.objectContaining({
        line: 1,
        message: expect.stringContaining('the ServiceAccount is not in the scanned input'),
      }),
    ]);
  });

  it('names the ServiceAccount that leaves the token on', () => {
    const model = manifestModel({
      'accounts.yaml': serviceAccount('api'),
      'deployment.yaml': deployment('api', '      serviceAccountName: api\n'),
    });
    expect(findingsOf(tokenAutomountCheck, model)).toEqual([
      expect.objectContaining({
        line: 1,
        message:
          'Deployment "api" mounts the token of ServiceAccount/shop/api: neither the pod nor the ServiceAccount (accounts.yaml:1) sets automountServiceAccountToken: false',
      }),
    ]);
  });

  it("lets the pod's own setting win over its ServiceAccount's", () => {
    const model = manifestModel({
      'accounts.yaml': serviceAccount('api', 'automountServiceAccountToken: false\n'),
      'deployment.yaml': deployment(
        'api',
        '      serviceAccountName: api\n      automountServiceAccountToken: true\n',
      ),
    });
    expect(findingsOf(tokenAutomountCheck, model)).toEqual([
      expect.objectContaining({
        line: 10,
        message: 'Deployment "api" sets automountServiceAccountToken: true',
      }),
    ]);
  });

  it('passes a pod that turns the token off', () => {
    const yaml = deployment('api', '      automountServiceAccountToken: false\n');
    expect(runCheck(tokenAutomountCheck, manifestModel(yaml))).toMatchObject({ findings: [], applicable: 1 });
  });
});
