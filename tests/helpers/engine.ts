// The database engine the integration suites run on, chosen by the Vitest project (int-sqlite or int-postgres in
// vitest.config.ts), so that one file per suite serves both engines.
import { inject } from 'vitest'

import type { DatabaseKind } from '@/lib/config/environment'

import { createPostgresDatabase, createSqliteDatabase, type TestDatabase } from './databases'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the projects int-sqlite and int-postgres; absent elsewhere. */
    engine?: DatabaseKind
  }
}

export interface TestEngine {
  kind: DatabaseKind
  /** A new, empty database on this engine, for one suite. */
  createDatabase: () => Promise<TestDatabase>
}

export function testEngine(): TestEngine {
  const kind = inject('engine')
  switch (kind) {
    case 'sqlite':
      return { kind, createDatabase: async () => createSqliteDatabase() }
    case 'postgres':
      return { kind, createDatabase: () => createPostgresDatabase() }
    default:
      throw new Error(
        'No database engine: run this suite with --project int-sqlite or --project int-postgres',
      )
  }
}
