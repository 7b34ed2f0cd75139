// Written by `npm run docs` from rules/ (resolve-catalogs.ts); a test fails when it is stale.
import type { CatalogHeader } from './catalog.js';

export const catalogFiles: readonly { header: CatalogHeader; rows: () => URL }[] = [
  {
    header: {"id":"cis-kubernetes-v1.11.1","family":"cis-kubernetes","title":"CIS Kubernetes V1.27 Benchmark v1.11.1","version":"1.11.1","source":"MicrosoftDocs/azure-aks-docs, articles/aks/cis-kubernetes.md, commit ec65c221feca930f1a170b31f29f112c54951385","kubernetes":{"max":"1.31"}},
    rows: () => new URL("./catalog-rows/cis-kubernetes-v1.11.1.json", import.meta.url),
  },
  {
    header: {"id":"cis-kubernetes-v1.12.0","family":"cis-kubernetes","title":"CIS Kubernetes Benchmark v1.12.0","version":"1.12.0","source":"MicrosoftDocs/azure-aks-docs, articles/aks/cis-kubernetes.md, commit 486b0ca52fb49e7c55f4336a364a8170985c90bb","kubernetes":{"min":"1.32"}},
    rows: () => new URL("./catalog-rows/cis-kubernetes-v1.12.0.json", import.meta.url),
  },
  {
    header: {"id":"cis-aks-v1.7","family":"cis-aks","title":"CIS Azure Kubernetes Service (AKS) Benchmark v1.7","version":"1.7","source":"aquasecurity/kube-bench, cfg/aks-1.7/*.yaml, commit a73ce378418c71c5861e6963753f50dec3badadf","kubernetes":{"min":"1.29","max":"1.31"}},
    rows: () => new URL("./catalog-rows/cis-aks-v1.7.json", import.meta.url),
  },
  {
    header: {"id":"cis-aks-v1.8","family":"cis-aks","title":"CIS Azure Kubernetes Service (AKS) Benchmark v1.8","version":"1.8","source":"aquasecurity/kube-bench, cfg/aks-1.8/*.yaml, commit a73ce378418c71c5861e6963753f50dec3badadf","kubernetes":{"min":"1.32"}},
    rows: () => new URL("./catalog-rows/cis-aks-v1.8.json", import.meta.url),
  },
  {
    header: {"id":"cis-azure-linux-2.0-v1.0","family":"cis-azure-linux","title":"CIS Azure Linux 2.0 Benchmark v1.0","version":"2.0-v1.0","source":"MicrosoftDocs/azure-aks-docs, articles/aks/cis-azure-linux.md, commit ccbb339ba694585c6436541c025c50c62a308c98"},
    rows: () => new URL("./catalog-rows/cis-azure-linux-2.0-v1.0.json", import.meta.url),
  },
  {
    header: {"id":"cis-azure-linux-3.0-v1.0","family":"cis-azure-linux","title":"CIS Azure Linux 3.0 Benchmark v1.0","version":"3.0-v1.0","source":"MicrosoftDocs/azure-aks-docs, articles/aks/cis-azure-linux-v3.md, commit ccbb339ba694585c6436541c025c50c62a308c98"},
    rows: () => new URL("./catalog-rows/cis-azure-linux-3.0-v1.0.json", import.meta.url),
  },
];
