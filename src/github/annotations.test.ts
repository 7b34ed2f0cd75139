import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FakeGitHub } from '../../test/action/fake-github.js';
import { benchmark, finding, report, rule } from '../../test/action/report-builder.js';
import { annotationsOf, emitWorkflowAnnotations, publishCheckRun, type Annotation } from './annotations.js';
import { decideGate } from '../results/gate.js';
import { createGitHubClient } from './octokit.js';

const settings = { failOn: 'new-automated', level: 'L2', failOnError: true, failOnUnchecked: true } as const;
const noBaseline = { kind: 'unavailable', reason: 'baseline is none' } as const;

describe('annotationsOf', () => {
  test('one annotation per place naming every rule it fails; the Helm template goes in the message', () => {
    const privileged = finding({ template: 'shop/templates/deployment.yaml', line: 47 });
    const scanReport = report(
      [
        benchmark([
          rule({
            id: '5.1.1',
            findings: [finding({ fingerprint: 'automated', line: 9, container: undefined })],
          }),
        ]),
        benchmark(
          [rule({ id: '4.2.1', assessment: 'Manual', findings: [{ ...privileged, fingerprint: 'aks' }] })],
          {
            id: 'cis-aks-v1.8',
            family: 'cis-aks',
          },
        ),
        benchmark([rule({ id: '5.2.2', assessment: 'Manual', findings: [privileged] })], {
          id: 'cis-kubernetes-v1.11.1',
        }),
      ],
      { errors: [{ file: 'deploy/broken.yaml', line: 3, message: 'bad indentation of a mapping entry' }] },
    );
    const annotations = annotationsOf(scanReport, decideGate(scanReport, noBaseline, settings));
    expect(annotations).toEqual([
      {
        path: 'deploy/broken.yaml',
        start_line: 3,
        end_line: 3,
        annotation_level: 'failure',
        title: 'aks-cis-gate: file could not be read',
        message: 'bad indentation of a mapping entry',
      },
      {
        path: 'deploy/app.yaml',
        start_line: 9,
        end_line: 9,
        annotation_level: 'failure',
        title: 'cis-kubernetes-v1.12.0 5.1.1: Recommendation 5.1.1',
        message: 'Container "app" runs privileged. (Deployment/shop/web) [new]',
      },
      {
        path: 'deploy/app.yaml',
        start_line: 47,
        end_line: 47,
        annotation_level: 'warning',
        title: 'cis-aks-v1.8 4.2.1, cis-kubernetes-v1.11.1 5.2.2: Recommendation 4.2.1',
        message:
          'Container "app" runs privileged. (Deployment/shop/web, container app, from template shop/templates/deployment.yaml) [new]',
      },
    ]);
  });
});

const annotation = (index: number, level: Annotation['annotation_level'] = 'failure'): Annotation => ({
  path: 'deploy/app.yaml',
  start_line: index + 1,
  end_line: index + 1,
  annotation_level: level,
  title: `finding ${index}`,
  message: 'message',
});

describe('publishCheckRun', () => {
  const github = new FakeGitHub();
  const target = { owner: 'octo-org', repo: 'shop', headSha: 'a1b2c3d', name: 'aks-cis-gate' };
  const output = { title: 'Blocked', summary: 'summary', conclusion: 'failure' } as const;

  beforeAll(async () => {
    process.env['GITHUB_API_URL'] = await github.start();
  });
  afterAll(async () => {
    delete process.env['GITHUB_API_URL'];
    await github.stop();
  });

  test('sends every annotation, at most 50 per request, and completes the run with the last', async () => {
    const client = createGitHubClient('ghs_test', { info: () => undefined, warning: () => undefined });
    const annotations = Array.from({ length: 120 }, (_, index) => annotation(index));
    const outcome = await publishCheckRun(client, target, output, annotations);

    expect(outcome).toEqual({ sent: 120, created: true });
    const bodies = github.requests.map((request) => ({
      request: `${request.method} ${request.path}`,
      ...(request.body as { status: string; conclusion?: string; output: { annotations: Annotation[] } }),
    }));
    expect(
      bodies.map((body) => [body.request, body.output.annotations.length, body.status, body.conclusion]),
    ).toEqual([
      ['POST /repos/octo-org/shop/check-runs', 50, 'in_progress', undefined],
      ['PATCH /repos/octo-org/shop/check-runs/1000', 50, 'in_progress', undefined],
      ['PATCH /repos/octo-org/shop/check-runs/1000', 20, 'completed', 'failure'],
    ]);
    expect(bodies.flatMap((body) => body.output.annotations)).toEqual(annotations);
  });
});

describe('emitWorkflowAnnotations', () => {
  test('emits the ten of each level that GitHub shows and says how many it left out', () => {
    const emitted: string[] = [];
    const commands = {
      error: (_message: string, properties: { title: string }) => emitted.push(`error ${properties.title}`),
      warning: (_message: string, properties: { title: string }) =>
        emitted.push(`warning ${properties.title}`),
    };
    const annotations = [
      ...Array.from({ length: 12 }, (_, index) => annotation(index)),
      ...Array.from({ length: 3 }, (_, index) => annotation(100 + index, 'warning')),
    ];
    expect(emitWorkflowAnnotations(annotations, commands)).toBe(2);
    expect(emitted).toHaveLength(13);
    expect(emitted.at(-1)).toBe('warning finding 102');
  });
});
