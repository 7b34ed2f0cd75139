import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

// What scripts/bundle-build.ts promises of every script it writes: the start-up of both bundles
// depends on it (issue 12).
const bundles = { action: dirname(inject('actionBundle')), cli: inject('cliBundleDirectory') };

describe.each(Object.entries(bundles))('the %s bundle', (_name, directory) => {
  const scripts = readdirSync(directory).filter((name) => name.endsWith('.js'));

  test('has scripts', () => {
    expect(scripts).toContain('index.js');
  });

  // One character past ASCII makes V8 keep the whole source as a two-byte string.
  test.each(scripts)('%s is ASCII only', (name) => {
    const text = readFileSync(join(directory, name), 'latin1');
    expect(text.search(/[^\t\n\r\x20-\x7e]/)).toBe(-1);
  });

  // webpack's module separators are the mark of a chunk that ncc left as written.
  test.each(scripts)('%s has no comments but licences', (name) => {
    expect(readFileSync(join(directory, name), 'latin1')).not.toContain('/***/');
  });
});

test('the CLI entry keeps its shebang and stays executable', () => {
  const entry = join(bundles.cli, 'index.js');
  expect(readFileSync(entry, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  expect(statSync(entry).mode & 0o111).not.toBe(0);
});
