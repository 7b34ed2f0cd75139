import { describe, expect, test } from 'vitest';
import type { ScanModel } from '../model/scan-model.js';
import { setTo, unknownSetting, unset } from '../model/setting.js';
import { loadCatalogs } from './load-catalogs.js';
import { parseMinorVersion, selectCatalogs, type CatalogSelection } from './select-catalogs.js';
import { at, cluster, kubeObject, nodePool } from '../../test/support/benchmarks.js';

const catalogs = loadCatalogs();

function select(model: ScanModel, requested: string[] = []): CatalogSelection[] {
  const result = selectCatalogs(catalogs, model, requested);
  if (!result.ok) throw new Error(result.message);
  return result.selections;
}

const ids = (selections: CatalogSelection[]) => selections.map((selection) => selection.catalog.id);

const withVersion = (version: string, file = 'infra/main.bicep', line = 14) => setTo(version, at(file, line));

const manifestsOnly: ScanModel = {
  clusters: [],
  kubeObjects: [kubeObject('Deployment', 'web', 'shop', at('deploy.yaml', 1))],
};

describe('selectCatalogs', () => {
  test('manifests alone take the newest CIS Kubernetes catalog and say why', () => {
    const [selection] = select(manifestsOnly);
    expect(selection?.catalog.id).toBe('cis-kubernetes-v1.12.0');
    expect(selection?.selectedBecause).toBe('no Kubernetes version in the input: newest catalog');
    expect(select(manifestsOnly)).toHaveLength(1);
  });

  test.each([
    ['1.31.2', 'cis-kubernetes-v1.11.1', 'cis-aks-v1.7'],
    ['1.29', 'cis-kubernetes-v1.11.1', 'cis-aks-v1.7'],
    ['1.32', 'cis-kubernetes-v1.12.0', 'cis-aks-v1.8'],
    ['1.33.1', 'cis-kubernetes-v1.12.0', 'cis-aks-v1.8'],
  ])('Kubernetes %s takes %s and %s', (version, kubernetes, aks) => {
    const selections = select({ clusters: [cluster('aks', withVersion(version))], kubeObjects: [] });
    expect(ids(selections)).toEqual([kubernetes, aks]);
    expect(selections[0]?.selectedBecause).toBe(
      `Kubernetes ${version} declared at infra/main.bicep:14 (cluster aks)`,
    );
  });

  test('a version that is not a version number is never echoed: it may be a file the template read', () => {
    const selections = select({
      clusters: [cluster('aks', withVersion('1.99.SECRET-extraheader AUTHORIZATION: basic eC1hY2Nlc3M='))],
      kubeObjects: [],
    });
    expect(ids(selections)).toEqual(['cis-kubernetes-v1.12.0', 'cis-aks-v1.8']);
    expect(selections[0]?.selectedBecause).toBe(
      'the Kubernetes version declared at infra/main.bicep:14 is not a version number: newest catalog',
    );
  });

  test('a version below 1.29 takes the oldest catalogs with a note', () => {
    const selections = select({ clusters: [cluster('old', withVersion('1.19.11'))], kubeObjects: [] });
    expect(ids(selections)).toEqual(['cis-kubernetes-v1.11.1', 'cis-aks-v1.7']);
    expect(selections[0]?.selectedBecause).toContain(
      'note: 1.19 is older than the versions this catalog was written for (1.29 and later)',
    );
  });

  test('a version known only at deployment takes the newest catalog and gives the reason', () => {
    const version = unknownSetting<string>("parameter 'kubernetesVersion' has no value", at('main.bicep', 3));
    const [selection] = select({ clusters: [cluster('aks', version)], kubeObjects: [] });
    expect(selection?.catalog.id).toBe('cis-kubernetes-v1.12.0');
    expect(selection?.selectedBecause).toBe(
      "the Kubernetes version of cluster aks is not known before deployment (parameter 'kubernetesVersion' has no value, main.bicep:3): newest catalog",
    );
  });

  test('clusters on different versions are each judged by their own catalog, objects without a cluster by both', () => {
    const old = cluster('blue', withVersion('1.31', 'blue.bicep', 5));
    const current = cluster('green', withVersion('1.32', 'green.bicep', 7));
    const tied = { ...kubeObject('Deployment', 'api', 'shop', at('live', 1)), cluster: 'green' };
    const loose = kubeObject('Deployment', 'web', 'shop', at('deploy.yaml', 1));
    const selections = select({ clusters: [old, current], kubeObjects: [tied, loose] });
    expect(ids(selections)).toEqual([
      'cis-kubernetes-v1.11.1',
      'cis-kubernetes-v1.12.0',
      'cis-aks-v1.7',
      'cis-aks-v1.8',
    ]);
    expect(selections[0]?.model.clusters.map((c) => c.name)).toEqual(['blue']);
    expect(selections[0]?.model.kubeObjects.map((o) => o.name)).toEqual(['web']);
    expect(selections[1]?.model.kubeObjects.map((o) => o.name)).toEqual(['api', 'web']);
    expect(selections[1]?.selectedBecause).toContain('judged under each selected catalog');
  });

  test('catalogs that judge the same scope share one model object (checks run once)', () => {
    const selections = select({ clusters: [cluster('aks', withVersion('1.32'))], kubeObjects: [] });
    expect(selections[0]?.model).toBe(selections[1]?.model);
  });

  test('--benchmark takes families and exact ids; an unknown name is refused', () => {
    const model: ScanModel = { clusters: [cluster('aks', withVersion('1.32'))], kubeObjects: [] };
    expect(ids(select(model, ['cis-aks']))).toEqual(['cis-aks-v1.8']);
    const forced = select(model, ['cis-kubernetes-v1.11.1']);
    expect(ids(forced)).toEqual(['cis-kubernetes-v1.11.1']);
    expect(forced[0]?.selectedBecause).toBe('named with --benchmark');
    const refused = selectCatalogs(catalogs, model, ['cis-kubernetes-v9']);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toContain('unknown benchmark "cis-kubernetes-v9"');
  });
});

describe('Azure Linux selection per node pool', () => {
  const pools = (version: string, ...skus: (string | undefined)[]) =>
    cluster(
      'aks',
      withVersion(version),
      skus.map((sku, index) =>
        nodePool(
          `pool${index}`,
          sku === undefined ? unset(at('main.bicep', 20 + index)) : setTo(sku, at('main.bicep', 20 + index)),
          at('main.bicep', 20 + index),
        ),
      ),
    );
  const azureLinux = (selections: CatalogSelection[]) =>
    selections.filter((selection) => selection.catalog.family === 'cis-azure-linux');

  test.each([
    ['1.31', 'AzureLinux', 'cis-azure-linux-2.0-v1.0'],
    ['1.32', 'AzureLinux', 'cis-azure-linux-3.0-v1.0'],
    ['1.30', 'AzureLinux3', 'cis-azure-linux-3.0-v1.0'],
  ])('Kubernetes %s with %s takes %s', (version, sku, expected) => {
    const [selection] = azureLinux(select({ clusters: [pools(version, sku)], kubeObjects: [] }));
    expect(selection?.catalog.id).toBe(expected);
    expect(selection?.model.clusters[0]?.nodePools.map((pool) => pool.name)).toEqual(['pool0']);
  });

  test('mixed pools: each Azure Linux pool under its catalog, the Ubuntu pool named in the reason', () => {
    const model = { clusters: [pools('1.31', 'AzureLinux', 'AzureLinux3', undefined)], kubeObjects: [] };
    const selections = azureLinux(select(model));
    expect(ids(selections)).toEqual(['cis-azure-linux-2.0-v1.0', 'cis-azure-linux-3.0-v1.0']);
    expect(selections[0]?.selectedBecause).toContain(
      'aks/pool2 runs Ubuntu (the AKS default when osSKU is not set)',
    );
  });

  test('a pool whose OS is unknown goes with every Azure Linux catalog as undecided, naming it', () => {
    const mixed = pools('1.31', 'AzureLinux', 'AzureLinux3');
    mixed.nodePools.push(
      nodePool(
        'batch',
        unknownSetting("parameter 'batchOsSku' has no value", at('main.bicep', 30)),
        at('main.bicep', 30),
      ),
    );
    const selections = azureLinux(select({ clusters: [mixed], kubeObjects: [] }));
    expect(ids(selections)).toEqual(['cis-azure-linux-2.0-v1.0', 'cis-azure-linux-3.0-v1.0']);
    for (const selection of selections) {
      expect(selection.undecidedPools).toBe(
        "the OS of aks/batch is not known before deployment (parameter 'batchOsSku' has no value)",
      );
      expect(selection.model.clusters[0]?.nodePools.map((pool) => pool.name)).not.toContain('batch');
    }
    expect(
      azureLinux(select({ clusters: [pools('1.31', 'AzureLinux')], kubeObjects: [] }))[0]?.undecidedPools,
    ).toBe(undefined);
  });

  test('Ubuntu and Windows pools only: the rows are N/A with the reason', () => {
    const [selection] = azureLinux(
      select({ clusters: [pools('1.32', 'Ubuntu', 'Windows2022')], kubeObjects: [] }),
    );
    expect(selection?.notApplicable).toBe(
      'aks/pool0 runs Ubuntu; aks/pool1 runs Windows2022, not Azure Linux',
    );
  });

  test('no node pools: left out, unless asked for, then not evaluated', () => {
    const model = { clusters: [pools('1.32')], kubeObjects: [] };
    expect(azureLinux(select(model))).toEqual([]);
    const [asked] = azureLinux(select(model, ['cis-azure-linux']));
    expect(asked?.notEvaluated).toBe('no node pools in the input');
  });
});

test('parseMinorVersion reads AKS version spellings', () => {
  expect(parseMinorVersion('1.32.5')).toEqual({ major: 1, minor: 32 });
  expect(parseMinorVersion('v1.29')).toEqual({ major: 1, minor: 29 });
  expect(parseMinorVersion('latest')).toBeUndefined();
});

test('two clusters of one id in two sources are judged apart, even on catalogs that would share a scope', () => {
  const older = { ...cluster('aks', withVersion('1.29')), source: 'prod/main.bicep' };
  const newer = { ...cluster('aks', withVersion('1.33')), source: 'test/main.bicep' };
  const selections = select({ clusters: [older, newer], kubeObjects: [] });
  const sources = (id: string) =>
    selections.find((selection) => selection.catalog.id === id)?.model.clusters.map((entry) => entry.source);
  expect(sources('cis-kubernetes-v1.11.1')).toEqual(['prod/main.bicep']);
  expect(sources('cis-kubernetes-v1.12.0')).toEqual(['test/main.bicep']);
});
