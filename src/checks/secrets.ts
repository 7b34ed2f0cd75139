import { asFields, asText, valueAt } from '../model/fields.js';
import type { Check } from './check.js';
import { listEntryCheck } from './container-field-template.js';

/** CIS 5.4.1 prefers secrets as files: environment variables leak into logs, crash dumps and child processes. */
export const secretEnvironmentCheck: Check = listEntryCheck({
  id: 'secrets.environment-variables',
  description: 'Containers that read Secrets into environment variables.',
  subject: 'container',
  lists: [
    {
      path: ['env'],
      judge: (variable) => {
        const secretRef = asFields(valueAt(variable, ['valueFrom', 'secretKeyRef']));
        if (secretRef === undefined) return undefined;
        const name = asText(variable.name) ?? '?';
        return {
          blame: ['valueFrom', 'secretKeyRef'],
          name,
          message: `sets environment variable ${name} from key "${asText(secretRef.key) ?? '?'}" of Secret "${asText(secretRef.name) ?? '?'}"`,
        };
      },
    },
    {
      path: ['envFrom'],
      judge: (source) => {
        const secretRef = asFields(source.secretRef);
        if (secretRef === undefined) return undefined;
        const secret = asText(secretRef.name) ?? '?';
        return {
          blame: ['secretRef'],
          name: `secret:${secret}`,
          message: `loads every key of Secret "${secret}" into environment variables (envFrom.secretRef)`,
        };
      },
    },
  ],
});
