import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findHclNode, scanHcl, type HclNode } from './hcl-positions.js';

const publicFixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'public');
const calicoExample = join(publicFixtures, 'network-policy-calico.main.tf');

function blockLabelled(root: HclNode, type: string, ...labels: string[]): HclNode {
  const block = root.blocks.get(type)?.find((candidate) => candidate.labels.join('.') === labels.join('.'));
  if (block === undefined) throw new Error(`no ${type} ${labels.join('.')}`);
  return block;
}

const lineOf = (node: HclNode, path: readonly (string | number)[]): number => findHclNode(node, path).line;

describe('scanHcl on real configurations', () => {
  it('finds the blocks, attributes and nested blocks of the azurerm calico example', () => {
    const root = scanHcl(readFileSync(calicoExample, 'utf8'), 100);
    const resources = root.blocks.get('resource')?.map((block) => `${block.labels.join('.')}:${block.line}`);
    expect(resources).toEqual([
      'azurerm_resource_group.example:8',
      'azurerm_virtual_network.example:13',
      'azurerm_subnet.internal:20',
      'azurerm_kubernetes_cluster.example:27',
      'azurerm_kubernetes_cluster_node_pool.user:55',
    ]);
    const cluster = blockLabelled(root, 'resource', 'azurerm_kubernetes_cluster', 'example');
    expect(lineOf(cluster, ['default_node_pool', 0, 'vm_size'])).toBe(36);
    expect(lineOf(cluster, ['network_profile', 0, 'network_policy'])).toBe(46);
    expect(lineOf(cluster, ['identity', 0, 'type'])).toBe(51);
    const pool = blockLabelled(root, 'resource', 'azurerm_kubernetes_cluster_node_pool', 'user');
    expect(lineOf(pool, ['kubernetes_cluster_id'])).toBe(57);
  });

  it('falls back to the nearest enclosing node for what the file does not state', () => {
    const root = scanHcl(readFileSync(calicoExample, 'utf8'), 100);
    const cluster = blockLabelled(root, 'resource', 'azurerm_kubernetes_cluster', 'example');
    expect(lineOf(cluster, ['default_node_pool', 0, 'kubelet_config', 0, 'pod_max_pid'])).toBe(33);
    expect(lineOf(cluster, ['local_account_disabled'])).toBe(27);
  });

  it('reads object-literal module arguments of the aks-store-demo', () => {
    const root = scanHcl(readFileSync(join(publicFixtures, 'aks-store-demo.kubernetes.tf'), 'utf8'), 100);
    const aks = blockLabelled(root, 'module', 'aks');
    expect(aks.line).toBe(12);
    expect(lineOf(aks, ['disable_local_accounts'])).toBe(33);
    expect(lineOf(aks, ['api_server_access_profile', 'authorized_ip_ranges', 0])).toBe(36);
    expect(lineOf(aks, ['aad_profile', 'enable_azure_rbac'])).toBe(41);
    expect(lineOf(aks, ['network_profile', 'network_policy'])).toBe(55);
    expect(blockLabelled(root, 'resource', 'azurerm_role_assignment', 'acr_pull').line).toBe(96);
  });

  it('skips heredocs whose content looks like HCL', () => {
    const root = scanHcl(readFileSync(join(publicFixtures, 'aks-store-demo.observability.tf'), 'utf8'), 100);
    const rule = blockLabelled(root, 'resource', 'azurerm_monitor_data_collection_rule', 'example_msci');
    expect(lineOf(rule, ['data_flow', 0, 'destinations'])).toBe(283);
    const association = 'example_msci_to_aks';
    expect(
      blockLabelled(root, 'resource', 'azurerm_monitor_data_collection_rule_association', association).line,
    ).toBe(287);
  });
});

describe('scanHcl on awkward syntax', () => {
  const text = [
    'locals {',
    '  # a comment with { braces',
    '  greeting = "hello ${join("}", ["a", "b"])} world" // and { here',
    '  /* a block comment',
    '     resource "fake" "one" { */',
    '  names = [for name in var.names : upper(name) if name != "}"]',
    '  script = <<-EOT',
    '    resource "fake" "two" {',
    '    EOT',
    '  escaped = "$${not.an.interpolation} {"',
    '}',
    '',
    'resource "kubernetes_pod_v1" "tools" {',
    '  spec {',
    '    dynamic "container" {',
    '      for_each = var.containers',
    '      content {',
    '        name = container.value',
    '        security_context {',
    '          privileged = true',
    '        }',
    '      }',
    '    }',
    '  }',
    '}',
  ].join('\n');

  it('is not misled by braces in strings, comments, for-expressions and heredocs', () => {
    const root = scanHcl(text, 100);
    expect([...blockLabelled(root, 'locals').fields.keys()]).toEqual([
      'greeting',
      'names',
      'script',
      'escaped',
    ]);
    expect(root.blocks.get('resource')?.map((block) => `${block.labels.join('.')}:${block.line}`)).toEqual([
      'kubernetes_pod_v1.tools:13',
    ]);
  });

  it('locates every block a dynamic block generates at its content', () => {
    const pod = blockLabelled(scanHcl(text, 100), 'resource', 'kubernetes_pod_v1', 'tools');
    expect(lineOf(pod, ['spec', 0, 'container', 3, 'security_context', 0, 'privileged'])).toBe(20);
  });

  it('steps over text it does not understand and stray closing braces', () => {
    const root = scanHcl(
      'locals {\n  odd = { ] , "k" : [1, }\n}\n}\n}\nresource "x" "y" {\n  a = 1\n}\n',
      100,
    );
    expect(root.blocks.get('resource')?.[0]?.fields.get('a')?.line).toBe(7);
  });

  it('stops descending at the depth limit and still returns what it found', () => {
    const nested = `${'a {\n'.repeat(500)}${'}\n'.repeat(500)}resource "x" "y" {\n}\n`;
    const root = scanHcl(nested, 20);
    expect(root.blocks.get('resource')?.[0]?.line).toBe(1001);
  });
});
