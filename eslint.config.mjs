import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import { defineConfig, globalIgnores } from 'eslint/config'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
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
