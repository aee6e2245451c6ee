// Lint: typescript-eslint (type-aware, so floating promises are caught) plus the import boundaries of the layers.
const tseslint = require('typescript-eslint');

// The walls between the layers. ESLint keeps one setting of a rule per file (the last matching block wins), so each
// folder's block carries every wall that stands around it, built here from the list below; lint-walls.test.ts
// shows each wall stopping a forbidden import.
const productWall = {
  forbidden: ['^(\\.\\./)+(step-definitions|scripts|mutants)(/|$)'],
  why: 'Product code (src/) never imports the test glue: step definitions, scripts or mutants hand things in instead.',
};
/** @type {Zone[]} */
const zones = [
  {
    files: ['src/simulator/*.ts'],
    forbidden: ['^\\.\\./', '^@cucumber', 'playwright'],
    why: 'The reference client is pure: it imports nothing outside src/simulator.',
  },
  {
    files: ['src/simulator/*/**/*.ts'],
    forbidden: ['^\\.\\./\\.\\./', '^@cucumber', 'playwright'],
    why: 'The reference client is pure: it imports nothing outside src/simulator.',
  },
  {
    files: ['src/fakes/**/*.ts'],
    forbidden: ['^\\.\\./(drivers|report|ui|protocol|harness)', 'playwright', '^@cucumber'],
    why: 'Fakes see the simulator types and the ports, never drivers, the harness, reports or the UI.',
  },
  {
    files: ['src/report/**/*.ts'],
    forbidden: [
      '^\\.\\./(fakes|runtime|drivers|ui|protocol|harness)',
      '^\\.\\./simulator/(?!phase-table)',
      '^\\.\\./symptoms/(?!symptom-types)',
    ],
    why: 'Reports read recorded messages only, plus the phase table for the diagram and the symptom index data (its types only; the data is handed in).',
  },
  {
    files: ['src/recorded-run/**/*.ts'],
    forbidden: ['^\\.\\./(?!\\.\\./test-support/)', 'playwright'],
    why: 'The reader of a recorded run sees Cucumber messages only: nothing else of ours (its tests may use test-support).',
  },
  {
    files: ['src/symptoms/**/*.ts'],
    forbidden: ['^\\.\\./(report|ui|drivers|runtime|protocol|gate|explore)', 'playwright'],
    why: 'The symptom index reads the simulator, the fault-switch registry, the phrasebook (src/harness) and the features; it renders nothing and shares wording with exploration and the playground only through src/harness.',
  },
  {
    files: ['src/explore/**/*.ts'],
    forbidden: ['^\\.\\./(ui|symptoms)(/|$)'],
    why: 'Exploration shares wording with the playground and the symptom index only through src/harness.',
  },
  {
    files: ['src/ui/**/*.ts'],
    forbidden: ['^\\.\\./explore(/|$)', '^\\.\\./symptoms/(?!(symptom-index|symptom-types|causes)$)'],
    why: 'The playground shares wording with exploration and the symptom index only through src/harness (it reads the index and its causes as data).',
  },
  {
    files: ['src/harness/**/*.ts'],
    forbidden: [
      '^(\\.\\./)+(ui|explore|symptoms|report|gate)(/|$)',
      'drivers/(in-process|browser|external)',
      'drivers/(browser|external)/',
    ],
    why: "The scenario language sees the fake world and the driver contract, never a driver's insides, and none of its readers.",
  },
  {
    files: ['step-definitions/**/*.ts'],
    forbidden: ['drivers/(in-process|browser|external)', 'drivers/(browser|external)/', 'src/ui/', 'src/protocol/'],
    why: "Steps see the world and the driver contract, never a driver's insides.",
  },
  {
    files: ['mutants/**/*.ts'],
    ignores: ['mutants/**/*.test.ts'],
    forbidden: ['^\\.\\./src/(fakes|report|ui|protocol/(?!host/main$))'],
    why: 'Mutants change the client only, never the fakes, steps or features (they may run it in a driver or the host).',
  },
];
/** @typedef {{ files: string[], ignores?: string[], forbidden: string[], why: string }} Zone */
/**
 * @param {{ forbidden: string[], why: string }[]} walls
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restricted = (walls) => ({
  'no-restricted-imports': ['error', { patterns: walls.flatMap((w) => w.forbidden.map((regex) => ({ regex, message: w.why }))) }],
});
/** @returns {import('typescript-eslint').ConfigWithExtends[]} */
function walls() {
  return [
    { files: ['src/**/*.ts'], rules: restricted([productWall]) },
    ...zones.map((z) => ({
      files: z.files,
      ...(z.ignores ? { ignores: z.ignores } : {}),
      rules: restricted((z.files[0] ?? '').startsWith('src/') ? [z, productWall] : [z]),
    })),
  ];
}

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'reports/**', '.stryker-tmp/**', 'test-external/fixtures/**', '**/*.d.ts', 'examples/**'] },
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
  ...walls(),
);
