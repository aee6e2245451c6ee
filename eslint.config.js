// Lint: typescript-eslint (type-aware, so floating promises are caught) plus the import boundaries of the layers.
const tseslint = require('typescript-eslint');

/**
 * @param {string[]} files
 * @param {string[]} forbidden
 * @param {string} why
 * @returns {import('typescript-eslint').ConfigWithExtends}
 */
const layer = (files, forbidden, why) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: forbidden.map((regex) => ({ regex, message: why })) }] },
});

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'reports/**', '.stryker-tmp/**', 'test-external/fixtures/**', '**/*.d.ts', 'examples/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: ['test', 'describe', 'it'], package: 'node:test' }] },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^(node:)?assert(\\u002Fstrict)?$/]',
          message: "Assertions are chai's: expect in tests, verify (step-definitions/support/checks/mismatch.ts) in checks.",
        },
      ],
    },
  },
  // The JavaScript is CommonJS, type-checked by tsconfig.js.json, whose program gives the type-aware rules their types.
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', parserOptions: { projectService: false, project: ['./tsconfig.js.json'] } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  layer(
    ['src/simulator/*.ts'],
    ['^\\.\\./', '^@cucumber', 'playwright'],
    'The reference client is pure: it imports nothing outside src/simulator.',
  ),
  layer(
    ['src/simulator/*/**/*.ts'],
    ['^\\.\\./\\.\\./', '^@cucumber', 'playwright'],
    'The reference client is pure: it imports nothing outside src/simulator.',
  ),
  layer(
    ['src/fakes/**/*.ts'],
    ['^\\.\\./(drivers|report|ui|protocol)', 'playwright', '^@cucumber'],
    'Fakes see the simulator types and the ports, never drivers, reports or the UI.',
  ),
  layer(
    ['src/report/**/*.ts'],
    ['^\\.\\./(fakes|runtime|drivers|ui|protocol)', '^\\.\\./simulator/(?!phase-table)', '^\\.\\./symptoms/(?!symptom-types)'],
    'Reports read recorded messages only, plus the phase table for the diagram and the symptom index data (its types only; the data is handed in).',
  ),
  layer(
    ['src/recorded-run/**/*.ts'],
    ['^\\.\\./(?!\\.\\./test-support/)', 'playwright'],
    'The reader of a recorded run sees Cucumber messages only: nothing else of ours (its tests may use test-support).',
  ),
  layer(
    ['src/symptoms/**/*.ts'],
    ['^\\.\\./(report|ui|drivers|runtime|protocol|gate)', 'playwright'],
    'The symptom index reads the simulator, the fault-switch registry and the features; it renders nothing.',
  ),
  layer(
    ['step-definitions/**/*.ts'],
    ['drivers/(in-process|browser|external)', 'drivers/(browser|external)/', 'src/ui/', 'src/protocol/'],
    "Steps see the world and the driver contract, never a driver's insides.",
  ),
  layer(
    ['mutants/**/*.ts'],
    ['^\\.\\./src/(fakes|drivers|report|ui|protocol)'],
    'Mutants change the client only, never the fakes, steps or features.',
  ),
);
