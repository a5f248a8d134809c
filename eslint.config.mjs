import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { teamId, ...rest } = input` is how a procedure drops the scoping key.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Every database call is asynchronous (both engines): a promise left unawaited is a write
    // that may land after its transaction, or an error nobody sees.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'data/**',
      'playwright-report/**',
      'test-results/**',
      'next-env.d.ts',
      '.bench/**',
      'reports/**',
    ],
  },
];

export default config;
