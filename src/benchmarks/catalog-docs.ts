import type { Catalog, CatalogRule } from './catalog.js';

/** A generated file, its path relative to the package root. */
export interface GeneratedDoc {
  path: string;
  content: string;
}

const generatedNote = (from: string): string =>
  `<!-- Generated from ${from} by scripts/generate-docs.ts. Do not edit: change the catalog and regenerate. -->`;

/** docs/rules/: one page per catalog, plus an index. */
export function catalogDocs(catalogs: Catalog[]): GeneratedDoc[] {
  return [
    { path: 'docs/rules/README.md', content: indexPage(catalogs) },
    ...catalogs.map((catalog) => ({ path: `docs/rules/${catalog.id}.md`, content: catalogPage(catalog) })),
  ];
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
    lines.push(ruleRow(rule));
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

function ruleRow(rule: CatalogRule): string {
  const status = rule.aksReason ? `${rule.aksStatus}: ${rule.aksReason}` : rule.aksStatus;
  const checks = rule.checks.map((check) => `\`${check}\``).join(', ');
  return `| ${rule.id} | ${cell(rule.title)} | ${rule.assessment ?? ''} | ${rule.level ?? ''} | ${cell(status)} | ${rule.responsibility} | ${checks} | ${cell(rule.remediation)} |`;
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
