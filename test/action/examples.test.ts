import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { actionUses } from '../../src/action/action-docs.js';
import { repositoryRoot } from './action-harness.js';

interface Action {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
}
interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { id?: string; uses?: string; with?: Record<string, unknown> }[] }>;
}

const action = load(readFileSync(join(repositoryRoot, 'action.yml'), 'utf8')) as Action;
const directory = join(repositoryRoot, 'examples', 'workflows');
const examples = readdirSync(directory).filter((name) => name.endsWith('.yml'));

describe.each(examples)('examples/workflows/%s', (name) => {
  const text = readFileSync(join(directory, name), 'utf8');
  const workflow = load(text) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const ours = steps.filter((step) => step.uses === actionUses);

  test('uses the action with inputs that action.yml declares', () => {
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours)
      expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(Object.keys(step.with ?? {})));
  });

  test('reads only outputs that action.yml declares', () => {
    const ids = new Set(ours.map((step) => step.id));
    for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      expect(ids).toContain(id);
      expect(Object.keys(action.outputs)).toContain(output);
    }
  });

  test('names its permissions, read-only contents first', () => {
    expect(workflow.permissions['contents']).toBe('read');
    expect(Object.values(workflow.permissions).every((level) => level === 'read' || level === 'write')).toBe(
      true,
    );
  });
});
