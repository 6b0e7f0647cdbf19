import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // One order everywhere: Node's modules, packages, the project's own (@/…), then relative; each group apart and
    // alphabetical, so a file's dependencies read the same way in every file (eslint --fix applies it).
    rules: {
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          pathGroups: [
            { pattern: '@/**', group: 'internal' },
            { pattern: '@payload-config', group: 'internal' },
          ],
          pathGroupsExcludedImportTypes: ['builtin'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'data/**',
    'node_modules/**',
    'payload-types.ts',
    'next-env.d.ts',
    'app/(payload)/**',
    'migrations/sqlite/**',
    'migrations/postgres/**',
    'test-results/**',
    'playwright-report/**',
  ]),
])
