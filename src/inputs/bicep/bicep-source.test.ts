import { describe, expect, test } from 'vitest';
import { BicepSource, isRegistryReference } from './bicep-source.js';

const source = `// module fake 'commented-out.bicep' = {}
/* module alsoFake 'in-a-block-comment.bicep' */
using './main.bicep'
import { pool } from 'types.bicep'
var note = 'module inString 'not-a-module.bicep''
var multi = '''
module inMultiline 'nope.bicep'
'''
var text = loadTextContent('files/motd.txt')
@description('the cluster')
resource aks 'Microsoft.ContainerService/managedClusters@2025-10-01' = if (deploy) {
  name: 'aks-\${suffix}'
  properties: {
    'kubernetesVersion': '1.33'
    aadProfile: enableAad ? {
      managed: true
    } : null
    agentPoolProfiles: [
      {
        name: 'system'
      }
      {
        name: 'user', mode: 'User'
      }
    ]
  }
}
module diag 'modules/diag.bicep' = {
  name: 'diag'
}
module registry 'br/public:avm/res/x:1.0.0' = {
  name: 'registry'
}
`;

describe('reading Bicep source without compiling it', () => {
  const parsed = new BicepSource(source);

  test('finds references outside comments and strings, with their lines', () => {
    expect(parsed.references()).toEqual([
      { kind: 'using', target: './main.bicep', line: 3 },
      { kind: 'import', target: 'types.bicep', line: 4 },
      { kind: 'load', target: 'files/motd.txt', line: 9 },
      { kind: 'module', target: 'modules/diag.bicep', line: 28 },
      { kind: 'module', target: 'br/public:avm/res/x:1.0.0', line: 31 },
    ]);
  });

  test('tells registry references from local paths', () => {
    expect(
      ['br/public:avm/x:1', 'br:example.azurecr.io/x:1', 'ts:sub/rg/spec:1', './local.bicep'].map(
        isRegistryReference,
      ),
    ).toEqual([true, true, true, false]);
  });

  test('locates a declaration from the compiler range, and its properties at any depth', () => {
    const declaration = parsed.declarationAt(9);
    expect(declaration?.position).toEqual({ line: 11, column: 1 });
    const body = declaration?.body;
    if (body?.kind !== 'object') throw new Error('no body');
    const properties = body.properties.get('properties');
    if (properties?.value.kind !== 'object') throw new Error('no properties');
    expect(properties.value.properties.get('kubernetesversion')?.position.line).toBe(14);
    // A conditional object is one value: it is located at its property.
    expect(properties.value.properties.get('aadprofile')?.position.line).toBe(15);
    const pools = properties.value.properties.get('agentpoolprofiles')?.value;
    if (pools?.kind !== 'array') throw new Error('no pools');
    expect(pools.items.map((item) => item.position.line)).toEqual([19, 22]);
    const second = pools.items[1];
    if (second?.kind !== 'object') throw new Error('no second pool');
    expect(second.properties.get('mode')?.position).toEqual({ line: 23, column: 23 });
  });

  test('finds parameter and variable declarations', () => {
    expect(parsed.declarationNamed('var', 'TEXT')?.position.line).toBe(9);
    expect(parsed.declarationNamed('param', 'text')).toBeUndefined();
  });
});
