/** Many copies of one template, each declaring a cluster of one name: the case of issue 8 §6. */

/** One ARM cluster, every setting left to AKS's defaults: it fails a few dozen rows. */
export const armClusterTemplate = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.ContainerService/managedClusters",
      "apiVersion": "2025-10-01",
      "name": "aks-shared",
      "location": "westeurope",
      "properties": {
        "kubernetesVersion": "1.33.0",
        "agentPoolProfiles": [{ "name": "system", "mode": "System", "count": 3, "vmSize": "Standard_D4s_v5" }]
      }
    }
  ]
}
`;

/** The same cluster in Bicep. */
export const bicepClusterTemplate = `resource aks 'Microsoft.ContainerService/managedClusters@2025-10-01' = {
  name: 'aks-shared'
  location: 'westeurope'
  properties: {
    kubernetesVersion: '1.33.0'
    agentPoolProfiles: [
      {
        name: 'system'
        mode: 'System'
        count: 3
        vmSize: 'Standard_D4s_v5'
      }
    ]
  }
}
`;

/** `<prefix>env-N/<name>` → `text` for N = from…to. */
export function copiesOf(
  text: string,
  name: string,
  to: number,
  from = 1,
  prefix = '',
): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = from; index <= to; index += 1) files[`${prefix}env-${index}/${name}`] = text;
  return files;
}
