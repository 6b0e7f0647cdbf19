import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, it } from 'vitest'

import { createSqliteDatabase, type TestDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'
import { askHealth, expectHealthy } from './health'

describe('the health check on SQLite', () => {
  let database: TestDatabase
  let payload: Payload | undefined

  beforeAll(async () => {
    database = createSqliteDatabase()
    payload = await startPayload(database.uri, 'sqlite')
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  it('answers 200 "ok" while the database file answers', async () => {
    expectHealthy(await askHealth())
  })
})
