// Regenerates the pictures of the pull request comment in docs/images/ from the real output for
// examples/: the comment's Markdown, rendered to HTML with GFM and GitHub's own stylesheet
// (github-markdown-css), photographed by headless Chromium. Run with `npm run screenshots`;
// it needs Chromium (Debian: `apt-get install chromium`; else set CHROMIUM).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { commentMarker, renderComment } from '../src/github/comment.js';
import { packageRoot } from '../src/package-root.js';
import { examplesView, scanExamples } from '../test/report/examples-view.js';

const chromium = process.env['CHROMIUM'] ?? 'chromium';
// GitHub's comment column is about this wide on a desktop browser.
const width = 900;
// The first screen: what a reviewer sees before scrolling.
const firstScreenHeight = 1100;

const stylesheet = readFileSync(
  createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'),
  'utf8',
);

function page(markdown: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>${stylesheet}
body { margin: 0; background: #ffffff; }
.markdown-body { box-sizing: border-box; width: ${width}px; padding: 16px 24px; }
</style></head>
<body><article class="markdown-body">${marked.parse(markdown, { gfm: true, async: false })}</article>
<script>document.title = String(document.documentElement.scrollHeight);</script></body></html>`;
}

const browser = (args: string[]): string =>
  execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });

const comment = renderComment(examplesView(await scanExamples()), commentMarker('aks-cis-gate'));
const workDirectory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-screenshots-'));
try {
  const html = join(workDirectory, 'comment.html');
  writeFileSync(html, page(comment));
  const url = `file://${html}`;
  const height = Number(/<title>(\d+)<\/title>/.exec(browser(['--dump-dom', url]))?.[1] ?? '3000');
  const images = join(packageRoot(), 'docs', 'images');
  mkdirSync(images, { recursive: true });
  for (const [name, shotHeight] of [
    ['pr-comment-first-screen.png', Math.min(height, firstScreenHeight)],
    ['pr-comment.png', height],
  ] as const) {
    browser([`--screenshot=${join(images, name)}`, `--window-size=${width},${shotHeight}`, url]);
    process.stdout.write(`wrote docs/images/${name} (${width}×${shotHeight})\n`);
  }
} finally {
  rmSync(workDirectory, { recursive: true, force: true });
}
