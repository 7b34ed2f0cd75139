import { hasExtension, type InputFormat } from '../input-format.js';

/**
 * Kubernetes manifests: plain or Helm-rendered YAML, JSON, List objects. Registered last, so
 * the Bicep, ARM and Terraform formats see .json files first.
 */
export const kubernetesYaml: InputFormat = {
  name: 'kubernetes-yaml',
  extensions: ['.yaml', '.yml', '.json'],
  detection: async () => ({ detect: (file) => hasExtension(file.path, kubernetesYaml.extensions) }),
  read: async (files, context) => (await import('./index.js')).readManifests(files, context),
};
