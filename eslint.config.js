import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The pipeline's layers, lowest first: a layer may import from the layers before it, never from
 * the ones after it (docs/architecture.md). Entry points (cli, action) reach the inputs through
 * their public modules only, never their internals.
 */
export const layers = ['model', 'inputs', 'checks', 'results', 'benchmarks', 'report', 'github'];
/** Orchestration above every layer: scan.ts, the shard/merge of a scan, and the settings both entry points share. */
export const orchestration = ['scan', 'shard', 'settings'];
export const entryPoints = ['cli', 'action'];
const inputInternals = ['arm', 'kubernetes-yaml', 'live-arm', 'live-kubernetes', 'terraform-plan'].map(
  (format) => `**/inputs/${format}/**`,
);

/** `no-restricted-imports` patterns that forbid importing `folders` from anywhere below src/. */
const forbid = (folders, message) => ({
  group: folders.flatMap((folder) => [`**/${folder}/**`, `**/${folder}.js`]),
  message,
});

const layerRules = layers.map((layer, index) => ({
  files: [`src/${layer}/**/*.ts`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          forbid(
            [...layers.slice(index + 1), ...orchestration, ...entryPoints],
            `${layer}/ is below these layers: import downwards only (docs/architecture.md).`,
          ),
          // Inputs and checks are siblings: a check never parses, an input never checks.
          ...(layer === 'checks' ? [forbid(['inputs'], 'A check reads the model, never an input.')] : []),
          ...(layer === 'inputs' ? [forbid(['checks'], 'An input builds the model, never checks it.')] : []),
        ],
      },
    ],
  },
}));

const orchestrationRules = {
  files: ['src/scan.ts', 'src/shard/**/*.ts', 'src/settings/**/*.ts'],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [forbid(entryPoints, 'The scan knows nothing of its entry points.')] },
    ],
  },
};

const entryPointRules = entryPoints.map((entryPoint) => ({
  files: [`src/${entryPoint}/**/*.ts`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          forbid(
            entryPoints.filter((other) => other !== entryPoint),
            'The CLI and the action are separate entry points.',
          ),
          { group: inputInternals, message: "Reach an input through scan.ts or the input's public module." },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.tools/**',
      'coverage/**',
      '.bench/**',
      'src/benchmarks/catalog-file-validator.generated.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // One program from tsconfig.json rather than the project service: the same types for a
      // quarter less CPU and a third less memory here (issue 13), and a file outside tsconfig.json
      // fails the lint instead of getting a default project.
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
      globals: { process: 'readonly', console: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // A promise nobody awaits hides its rejection: `void` does not count as handling it.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      // Input formats and sources are async by contract; a reader that needs no await still is one.
      '@typescript-eslint/require-await': 'off',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Tests and benches read the tool's JSON output and fixtures, which are untyped by nature.
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Test doubles pass their methods around as plain functions.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  ...layerRules,
  orchestrationRules,
  ...entryPointRules,
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
