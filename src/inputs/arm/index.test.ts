import { inFile } from '../../../test/support/check-testing.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Setting } from '../../model/setting.js';
import { armTemplates } from './format.js';
import {
  clusterNamed,
  describeSetting,
  poolNamed,
  readArmText,
  readWith,
} from '../../../test/support/arm.js';

/** Files outside the working directory are shown with their absolute path. */
const displayOf = (path: string) =>
  relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path);
const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const landingZone =
  '/work/shared/fixtures/Azure+AKS-Landing-Zone-Accelerator/Scenarios/AKS-Secure-Baseline-Modular/ARM/AKS-Deployment';
const template = join(landingZone, 'aks-eslz-aks.template.json');
const parameters = join(landingZone, 'aks-eslz-aks.parameters.json');

describe('template functions and ARM semantics', async () => {
  const result = await readWith(armTemplates, [join(fixtures, 'evaluation.json')], { cwd: fixtures });
  const cluster = clusterNamed(result.clusters, 'aks-arm');

  test('evaluates parameters, variables and functions, case-insensitively, at the line that writes each value', () => {
    expect(result.errors).toEqual([]);
    expect(cluster.location).toEqual({ file: 'evaluation.json', line: 22, column: 5 });
    expect(describeSetting(cluster.kubernetesVersion)).toBe('set "1.32.4" @evaluation.json:31');
    expect(describeSetting(cluster.rbacEnabled)).toBe('set true @evaluation.json:32');
    expect(describeSetting(cluster.localAccountsDisabled)).toBe('set true @evaluation.json:33');
    expect(describeSetting(cluster.entraIdEnabled)).toBe('set true @evaluation.json:34');
    expect(describeSetting(cluster.azureRbacEnabled)).toBe('set true @evaluation.json:34');
    expect(describeSetting(cluster.oidcIssuerEnabled)).toBe('set true @evaluation.json:35');
    expect(describeSetting(cluster.defenderEnabled)).toBe('set true @evaluation.json:38');
    expect(describeSetting(cluster.identityType)).toBe('set "UserAssigned" @evaluation.json:28');
    expect(describeSetting(cluster.authorizedIpRanges)).toBe(
      'set ["10.0.0.0/8","192.168.1.0/24"] @evaluation.json:45',
    );
    // A value from a variable is located where the variable writes it.
    expect(describeSetting(cluster.networkPolicy)).toBe('set "calico" @evaluation.json:16');
    expect(describeSetting(cluster.privateCluster)).toBe('unset @evaluation.json:22');
  });

  test('reference(), secure parameters, unknown functions and missing values are unknown with the reason', () => {
    expect(describeSetting(cluster.kmsEnabled)).toBe(
      'unknown(resolves at deploy time: reference(...)) @evaluation.json:39',
    );
    expect(describeSetting(cluster.keyVaultSecretsProviderEnabled)).toBe(
      'unknown(template function greater() is not evaluated) @evaluation.json:42',
    );
    const system = poolNamed(cluster, 'system');
    expect(describeSetting(system.messageOfTheDay)).toBe(
      "unknown(parameter 'motdText' is secure: its value is not read) @evaluation.json:52",
    );
    expect(describeSetting(system.podMaxPids)).toBe('set 4096 @evaluation.json:51');
    const [setting] = cluster.diagnosticSettings;
    expect(describeSetting(setting?.hasDestination as never)).toBe(
      "unknown(parameter 'workspaceId' has no value) @evaluation.json:74",
    );
    expect(describeSetting(setting?.enabledCategories as never)).toBe(
      'set ["kube-audit"] @evaluation.json:75',
    );
  });

  test('links a child agent pool by its name prefix', () => {
    const user = poolNamed(cluster, 'user');
    expect(inFile(user.location).line).toBe(57);
    expect(describeSetting(user.fipsEnabled)).toBe('set true @evaluation.json:64');
    expect(describeSetting(user.podMaxPids)).toBe(
      'unknown(template function mul() is not evaluated) @evaluation.json:65',
    );
  });

  test('a false condition leaves the resource out; nested deployments are followed in inner and outer scope', () => {
    expect(result.clusters.map((each) => each.name)).toEqual([
      'aks-arm',
      'aks-arm-inner',
      'aks-arm-outer',
      'aks-maybe',
    ]);
    const inner = clusterNamed(result.clusters, 'aks-arm-inner');
    expect(
      inner.nodePools.map((pool) => [
        pool.name,
        inFile(pool.location).line,
        describeSetting(pool.podMaxPids),
      ]),
    ).toEqual([
      ['pool0', 116, 'set 1024 @evaluation.json:119'],
      ['pool1', 116, 'set -1 @evaluation.json:119'],
    ]);
    // Outer scope: the nested template reads the parent's variables.
    const outer = clusterNamed(result.clusters, 'aks-arm-outer');
    expect(describeSetting(outer.networkPolicy)).toBe('set "calico" @evaluation.json:16');
  });

  test('a condition known only at deployment makes every setting of the resource unknown', () => {
    const maybe = clusterNamed(result.clusters, 'aks-maybe');
    expect(describeSetting(maybe.localAccountsDisabled)).toBe(
      "unknown(whether the resource is deployed at all is not known (its condition: parameter 'workspaceId' has no value)) @evaluation.json:156",
    );
  });

  test('a linked template is reported as not followed', () => {
    expect(result.skipped).toEqual([
      {
        file: 'evaluation.json',
        reason: 'line 150: a linked template (templateLink) is fetched at deploy time and is not checked',
      },
    ]);
  });
});

describe('the AKS landing zone template, with a // comment', () => {
  test('alone, it is checked with its defaults', async () => {
    const result = await readWith(armTemplates, [template], { cwd: landingZone });
    expect(result.errors).toEqual([]);
    // Its name is a parameter without default: the cluster is named by its type and line.
    const cluster = clusterNamed(result.clusters, 'managedClusters at aks-eslz-aks.template.json:191');
    expect(cluster.id).toBe('Microsoft.ContainerService/managedClusters/resources/1');
    expect(describeSetting(cluster.kubernetesVersion)).toBe('set "1.19.11" @aks-eslz-aks.template.json:198');
  });

  test('with its parameter file (paired by name) the verdicts flip', async () => {
    const alone = await readWith(armTemplates, [template], { cwd: landingZone });
    const paired = await readWith(armTemplates, [template, parameters], { cwd: landingZone });
    expect(paired.errors).toEqual([]);
    expect(paired.skipped).toEqual([]);
    const [defaults] = alone.clusters;
    const deployed = clusterNamed(paired.clusters, 'aks-eslz (aks-eslz-aks.parameters.json)');
    expect(describeSetting(defaults?.privateCluster as never)).toBe(
      'set false @aks-eslz-aks.template.json:265',
    );
    expect(describeSetting(deployed.privateCluster)).toBe('set true @aks-eslz-aks.template.json:265');
    expect(describeSetting(defaults?.azurePolicyEnabled as never)).toBe(
      'set false @aks-eslz-aks.template.json:272',
    );
    expect(describeSetting(deployed.azurePolicyEnabled)).toBe('set true @aks-eslz-aks.template.json:272');
    expect(describeSetting(deployed.networkPolicy)).toBe('set "azure" @aks-eslz-aks.template.json:253');
    expect(describeSetting(deployed.kubernetesVersion)).toBe('set "1.19.11" @aks-eslz-aks.template.json:198');
    expect(describeSetting(deployed.localAccountsDisabled)).toBe('set true @aks-eslz-aks.template.json:281');
    expect(describeSetting(deployed.entraIdEnabled)).toBe('set true @aks-eslz-aks.template.json:261');
    expect(describeSetting(deployed.azureRbacEnabled)).toBe('unset @aks-eslz-aks.template.json:191');
    expect(deployed.nodePools.map((pool) => pool.name)).toEqual(['systempool', 'userpool']);
  });

  test('a parameter file named with --parameters pairs too', async () => {
    const result = await readWith(armTemplates, [template], {
      cwd: landingZone,
      parameterFiles: [parameters],
    });
    expect(result.clusters.map((cluster) => cluster.name)).toEqual([`aks-eslz (${displayOf(parameters)})`]);
  });

  test('a parameter file without its template is reported, not dropped', async () => {
    const result = await readWith(armTemplates, [parameters], { cwd: landingZone });
    expect(result.skipped).toEqual([
      {
        file: 'aks-eslz-aks.parameters.json',
        reason: `its template (${join(landingZone, 'aks-eslz-aks')}.json, ${join(landingZone, 'aks-eslz-aks')}.template.json or ${join(landingZone, 'aks-eslz-aks')}.bicep) is not part of the scan`,
      },
    ]);
  });
});

describe('bad input', () => {
  const schema = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
  const readText = (displayPath: string, text: string) => readArmText({ [displayPath]: text });

  test('invalid JSON is an error with file and line; detection only claims ARM files', async () => {
    const text = `{\n  "$schema": "${schema}",\n  "resources": [\n}`;
    const file = { path: '/x/broken.json', displayPath: 'broken.json', explicit: true };
    const { detect } = await armTemplates.detection();
    expect(detect({ ...file, text })).toBe(true);
    expect(detect({ ...file, text: '{"name": "package"}' })).toBe(false);
    expect((await readText('broken.json', text)).errors).toEqual([
      { file: 'broken.json', line: 4, column: 1, message: 'invalid JSON: ValueExpected' },
    ]);
  });

  const clusterTemplate = (properties: string) =>
    `{\n  "$schema": "${schema}",\n  "resources": [\n    {\n      "type": "Microsoft.ContainerService/managedClusters",\n      "apiVersion": "2025-10-01",\n      "name": "aks",\n      "properties": ${properties}\n    }\n  ]\n}\n`;

  test.each([
    ['"properties" is a string', '"enableRBAC"', [[8, 7, "'properties' must be an object, found a string"]]],
    [
      'a string where ARM takes a boolean',
      '{ "enableRBAC": "false", "disableLocalAccounts": 1 }',
      [
        [8, 23, "'properties.enableRBAC' must be a boolean, found a string"],
        [8, 46, "'properties.disableLocalAccounts' must be a boolean, found a number"],
      ],
    ],
    [
      'agent pool profiles that are not an array',
      '{ "agentPoolProfiles": { "name": "system" } }',
      [[8, 23, "'agentPoolProfiles' must be an array, found an object"]],
    ],
    [
      'an agent pool profile that is not an object',
      '{ "agentPoolProfiles": [ "system" ] }',
      [[8, 46, "'agentPoolProfiles[0]' must be an object, found a string"]],
    ],
  ])(
    '%s: an input error at its line, the settings it holds not evaluated, the cluster kept',
    async (_, properties, expected) => {
      const result = await readText('cluster.json', clusterTemplate(properties));
      expect(result.errors).toEqual(
        expected.map(([line, column, message]) => ({
          file: 'cluster.json',
          line,
          column,
          message: `${message as string}: ARM would reject it`,
        })),
      );
      const [cluster] = result.model.clusters ?? [];
      expect(cluster?.rbacEnabled.state === 'set').toBe(false);
      expect(cluster?.name).toBe('aks');
    },
  );

  test('nesting beyond the limit is refused before parsing', async () => {
    const deep = `{"$schema": "${schema}", "x": ${'['.repeat(50)}${']'.repeat(50)}}`;
    // The object is level 1, so the twentieth bracket opens level 21.
    const column = deep.indexOf('[') + 20;
    expect((await readText('deep.json', deep)).errors).toEqual([
      {
        file: 'deep.json',
        line: 1,
        column,
        message: 'JSON nested deeper than 20 levels is not read (maxDepth)',
      },
    ]);
  });
});

describe('pairing and duplicates', () => {
  const directory = mkdtempSync(join(tmpdir(), 'arm-pairing-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const schema = (kind: string) => `https://schema.management.azure.com/schemas/2019-04-01/${kind}.json#`;

  test('a parameter the template does not declare is an error at its line in the parameter file', async () => {
    const template = {
      $schema: schema('deploymentTemplate'),
      parameters: { name: { type: 'string' } },
      resources: [],
    };
    const values = {
      $schema: schema('deploymentParameters'),
      parameters: { name: { value: 'a' }, nmae: { value: 'b' } },
    };
    writeFileSync(join(directory, 'cluster.json'), JSON.stringify(template, null, 2));
    writeFileSync(join(directory, 'cluster.parameters.json'), JSON.stringify(values, null, 2));
    const result = await readWith(
      armTemplates,
      [join(directory, 'cluster.json'), join(directory, 'cluster.parameters.json')],
      { cwd: directory },
    );
    expect(result.errors).toEqual([
      {
        file: 'cluster.parameters.json',
        line: 7,
        column: 5,
        message: "parameter 'nmae' is not declared by the template it is paired with",
      },
    ]);
  });

  test('JSON compiled from a .bicep file beside it is left to the Bicep input', async () => {
    const compiled = {
      $schema: schema('deploymentTemplate'),
      metadata: { _generator: { name: 'bicep' } },
      resources: [],
    };
    writeFileSync(join(directory, 'main.bicep'), '');
    writeFileSync(join(directory, 'main.json'), JSON.stringify(compiled));
    const result = await readWith(armTemplates, [join(directory, 'main.json')], { cwd: directory });
    expect(result.skipped).toEqual([
      { file: 'main.json', reason: 'compiled from the .bicep file beside it, which is checked instead' },
    ]);
  });
});

describe('a hostile template', () => {
  test('values that double in every variable stop at a size bound instead of exhausting memory', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'arm-bomb-'));
    const variables: Record<string, string> = { v0: "[concat('abcdefghij', 'abcdefghij')]" };
    for (let index = 1; index <= 44; index += 1) {
      variables[`v${index}`] = `[concat(variables('v${index - 1}'), variables('v${index - 1}'))]`;
    }
    const template = join(directory, 'bomb.json');
    writeFileSync(
      template,
      JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        variables,
        resources: [
          {
            type: 'Microsoft.ContainerService/managedClusters',
            apiVersion: '2025-10-01',
            name: "[variables('v44')]",
            properties: { kubernetesVersion: '1.32.4' },
          },
        ],
      }),
    );
    const result = await readWith(armTemplates, [template], { cwd: directory });
    expect(result.errors).toEqual([]);
    expect(result.clusters).toHaveLength(1);
    // The name is not known (it exceeds the bound), so the cluster is named by its place.
    expect(result.clusters[0]?.name).toBe('managedClusters at bomb.json:1');
    expect(describeSetting(result.clusters[0]?.kubernetesVersion as Setting<unknown>)).toBe(
      'set "1.32.4" @bomb.json:1',
    );
  });
});
