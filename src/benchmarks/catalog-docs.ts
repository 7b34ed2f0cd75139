import type { Check } from '../checks/check.js';
import { qualifiedRuleId, ruleDocPath, type Catalog, type CatalogRule, type FixLanguage } from './catalog.js';

/** What a rule page says about a check: its id, what it looks for, and the kinds it reads. */
export type CheckSummary = Pick<Check, 'id' | 'description' | 'reads'>;

/** A generated file, its path relative to the package root. */
export interface GeneratedDoc {
  path: string;
  content: string;
}

const generatedNote = (from: string): string =>
  `<!-- Generated from ${from} by scripts/generate-docs.ts. Do not edit: change the catalog and regenerate. -->`;

/** docs/rules/: an index, one page per catalog, and one page per rule (`<catalog>/<id>.md`). */
export function catalogDocs(catalogs: Catalog[], checks: readonly CheckSummary[]): GeneratedDoc[] {
  return [
    { path: 'docs/rules/README.md', content: indexPage(catalogs) },
    ...catalogs.map((catalog) => ({ path: `docs/rules/${catalog.id}.md`, content: catalogPage(catalog) })),
    ...catalogs.flatMap((catalog) =>
      catalog.rules.map((rule) => ({
        path: ruleDocPath(catalog.id, rule.id),
        content: `${generatedNote(`rules/${catalog.id}.yaml`)}\n\n${rulePage(catalog, rule, checks)}`,
      })),
    ),
  ];
}

/** Which inputs a check reads, from what it declares and the family of its id. */
function checkInputs(check: CheckSummary): string {
  if (check.reads !== undefined)
    return `Kubernetes objects (${check.reads.join(', ')}) from YAML, Helm output, Terraform's Kubernetes provider or a live cluster`;
  if (/^(cluster|node-pools)\./.test(check.id))
    return 'the AKS cluster and its node pools from Bicep, ARM, a Terraform plan (azurerm) or Azure Resource Manager (`--azure-cluster-id`)';
  return 'the nodes, through the live node audit (`--live --node-audit`)';
}

/** How this tool decides a rule, in one line: its checks, the platform, or nothing. */
export function howDecided(rule: CatalogRule): string {
  if (rule.checks.length > 0) return `scan: ${rule.checks.join(', ')}`;
  return rule.responsibility === 'platform'
    ? "platform: Microsoft's attestation for AKS"
    : 'not evaluated: no check of this tool decides it';
}

const fixLanguages: Record<FixLanguage, string> = {
  bicep: 'Bicep and ARM',
  terraform: 'Terraform',
  yaml: 'Kubernetes YAML',
};

/**
 * One rule as Markdown: what it is, who decides it and how, Microsoft's attestation, and the
 * fix per input language. The page under docs/rules and `aks-cis-gate explain` print it.
 */
export function rulePage(catalog: Catalog, rule: CatalogRule, checks: readonly CheckSummary[]): string {
  const section = catalog.sections.find((candidate) => candidate.id === rule.section);
  const grading = [rule.assessment, rule.level === undefined ? undefined : `level ${rule.level}`]
    .filter((part) => part !== undefined)
    .join(', ');
  const used = rule.checks.map(
    (id) => checks.find((check) => check.id === id) ?? { id, description: 'see src/checks' },
  );
  const decides =
    used.length > 0
      ? [
          'The scan decides this row: Pass when every subject it applies to passes, Fail with a finding per subject that does not, Not evaluated (with the reason) when the input has nothing to judge or only values known after deployment.',
          '',
          ...used.map((check) => `- \`${check.id}\`: ${check.description} Reads ${checkInputs(check)}.`),
        ]
      : rule.responsibility === 'platform'
        ? [
            "AKS owns this row: the control plane or the node image that Microsoft runs. The report shows Microsoft's status, marked as the platform's, and it never blocks.",
          ]
        : [
            'No check of this tool decides this row: the report lists it as Not evaluated. Review it by hand or with another tool.',
          ];
  const fixes = (Object.keys(fixLanguages) as FixLanguage[])
    .filter((language) => rule.fix?.[language] !== undefined)
    .map((language) => `- ${fixLanguages[language]}: ${rule.fix?.[language] ?? ''}`);
  return [
    `# ${rule.id} ${rule.title}`,
    '',
    `${catalog.title} (\`${catalog.id}\`)${section === undefined ? '' : `, section ${section.id} ${section.title}`}.${grading === '' ? '' : ` ${grading}.`}`,
    `Suppressions and SARIF name it \`${qualifiedRuleId(catalog.family, rule.id)}\`.`,
    '',
    '## How aks-cis-gate decides it',
    '',
    ...decides,
    '',
    "## Microsoft's AKS attestation",
    '',
    rule.aksReason === '' ? rule.aksStatus : `${rule.aksStatus}: ${rule.aksReason}`,
    '',
    '## Fix',
    '',
    rule.remediation,
    ...(fixes.length === 0 ? [] : ['', ...fixes]),
    '',
  ].join('\n');
}

function indexPage(catalogs: Catalog[]): string {
  const rows = catalogs.map(
    (catalog) =>
      `| [\`${catalog.id}\`](${catalog.id}.md) | ${cell(catalog.title)} | ${kubernetesRange(catalog)} | ${catalog.rules.length} | ${catalog.rules.filter((rule) => rule.checks.length > 0).length} |`,
  );
  return [
    generatedNote('rules/*.yaml'),
    '',
    '# Rule catalogs',
    '',
    'Each benchmark version aks-cis-gate checks against, with the rows it holds and how many of them a check decides.',
    '',
    '| Catalog | Benchmark | Kubernetes | Rows | Rows with checks |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function catalogPage(catalog: Catalog): string {
  const lines: string[] = [];
  let currentSection: string | undefined;
  let nextHeading = 0;
  for (const rule of catalog.rules) {
    // Heading rows where the rows enter another section, with the headings above it (even empty
    // ones), as Microsoft's tables show them.
    if (rule.section !== currentSection) {
      currentSection = rule.section;
      const index = catalog.sections.findIndex((section) => section.id === rule.section);
      const headings =
        index >= nextHeading ? catalog.sections.slice(nextHeading, index + 1) : [catalog.sections[index]];
      nextHeading = Math.max(nextHeading, index + 1);
      for (const heading of headings) {
        if (heading) lines.push(`| **${heading.id}** | **${cell(heading.title)}** | | | | | | |`);
      }
    }
    lines.push(ruleRow(catalog, rule));
  }
  return [
    generatedNote(`rules/${catalog.id}.yaml`),
    '',
    `# ${catalog.title}`,
    '',
    `- Catalog id: \`${catalog.id}\` (family \`${catalog.family}\`; suppressions and SARIF name a rule \`${catalog.family}:<id>\`)`,
    `- Kubernetes versions: ${kubernetesRange(catalog)}`,
    `- Source of the rows: ${catalog.source}`,
    `- Rows: ${catalog.rules.length}`,
    '',
    'Status is Microsoft’s attestation for AKS, with its reason; responsibility says whether AKS or your code decides the row; checks are the aks-cis-gate checks that decide it.',
    '',
    '| CIS ID | Title | Assessment | Level | Microsoft status | Responsibility | Checks | Remediation |',
    '|---|---|---|---|---|---|---|---|',
    ...lines,
    '',
  ].join('\n');
}

function ruleRow(catalog: Catalog, rule: CatalogRule): string {
  const status = rule.aksReason ? `${rule.aksStatus}: ${rule.aksReason}` : rule.aksStatus;
  const checks = rule.checks.map((check) => `\`${check}\``).join(', ');
  return `| [${rule.id}](${catalog.id}/${rule.id}.md) | ${cell(rule.title)} | ${rule.assessment ?? ''} | ${rule.level ?? ''} | ${cell(status)} | ${rule.responsibility} | ${checks} | ${cell(rule.remediation)} |`;
}

function kubernetesRange(catalog: Catalog): string {
  const { min, max } = catalog.kubernetes ?? {};
  if (min && max) return `${min} to ${max}`;
  if (min) return `${min} and later`;
  if (max) return `${max} and earlier`;
  // The node OS benchmarks follow each node pool's OS SKU, not the cluster's version.
  return catalog.family === 'cis-azure-linux' ? 'any (chosen per node pool by its OS SKU)' : 'any';
}

/** Text that stays inside one Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
