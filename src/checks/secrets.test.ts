import { describe, expect, it } from 'vitest';
import { findingsOf, manifestModel, runCheck } from '../../test/support/check-testing.js';
import { secretEnvironmentCheck } from './secrets.js';

const yaml = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
  namespace: data
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: dump
              env:
                - name: PGHOST
                  value: postgres
                - name: PGPASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: postgres-auth
                      key: password
              envFrom:
                - secretRef:
                    name: storage-account
                - configMapRef:
                    name: backup-settings
`;

describe('secrets.environment-variables', () => {
  it('blames secretKeyRef and envFrom.secretRef, naming variable and Secret', () => {
    expect(findingsOf(secretEnvironmentCheck, manifestModel(yaml))).toEqual([
      {
        line: 18,
        resource: 'CronJob/data/backup',
        container: 'dump',
        message:
          'Container "dump" sets environment variable PGPASSWORD from key "password" of Secret "postgres-auth"',
      },
      {
        line: 22,
        resource: 'CronJob/data/backup',
        container: 'dump',
        message:
          'Container "dump" loads every key of Secret "storage-account" into environment variables (envFrom.secretRef)',
      },
    ]);
  });

  it('keys findings by variable and Secret name', () => {
    const keys = runCheck(secretEnvironmentCheck, manifestModel(yaml)).findings.map((finding) => finding.key);
    expect(keys).toEqual([
      'spec.jobTemplate.spec.template.spec.containers[dump].env[PGPASSWORD]',
      'spec.jobTemplate.spec.template.spec.containers[dump].envFrom[secret:storage-account]',
    ]);
  });
});
