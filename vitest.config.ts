import path from 'node:path'

import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

import type { DatabaseKind } from './lib/config/environment'

const root = path.resolve(import.meta.dirname)

/** One file per suite, run on each engine: tests/<suite>.int.test.ts. */
const ENGINE_SUITES = 'tests/*.int.test.ts'
/** A suite that needs one service (redis, postgres, s3) names it: tests/<suite>.<service>.int.test.ts. */
const SERVICE_SUITES = 'tests/*.*.int.test.ts'

/** An integration project: Payload against real databases and services. */
function integration(
  name: string,
  test: TestProjectInlineConfiguration['test'],
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      environment: 'node',
      // Each file gets its own process: Payload keeps one instance per process, and each file its own database.
      pool: 'forks',
      // Two files at once even on two cores (Vitest's default there is one): a file spends much of its time waiting
      // on its database, and none shares a database or a port with another (5.2 minutes became 3.2 here).
      maxWorkers: 2,
      testTimeout: 120_000,
      hookTimeout: 300_000,
      ...test,
    },
  }
}

/** Every engine-neutral suite on one engine, which the suites read through tests/helpers/engine.ts. */
function engineSuites(engine: DatabaseKind): TestProjectInlineConfiguration {
  return integration(`int-${engine}`, {
    include: [ENGINE_SUITES],
    exclude: [SERVICE_SUITES],
    provide: { engine },
  })
}

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: /^@\/(.*)$/, replacement: path.join(root, '$1') },
    ],
  },
  test: {
    // next-intl imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ['next-intl'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**', 'e2e/**', 'data/**', '.next/**'],
          environment: 'node',
        },
      },
      engineSuites('sqlite'),
      engineSuites('postgres'),
      // Suites that need one service, not an engine of the tests' choosing: tests/<suite>.<service>.int.test.ts.
      integration('int-services', { include: [SERVICE_SUITES] }),
    ],
  },
})
