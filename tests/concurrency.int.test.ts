// Issue #8's promises on simultaneous work: no change lost unseen, languages saved apart, SQLite under a burst; on the
// engine of the Vitest project, the parts in concurrency/.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe } from 'vitest'

import { burstTests } from './concurrency/burst'
import { conflictTests } from './concurrency/conflicts'
import { ConcurrencyContext } from './concurrency/context'
import type { TestDatabase } from './helpers/databases'
import { testEngine } from './helpers/engine'
import { startPayload, stopPayload } from './helpers/payload'

const { kind, createDatabase } = testEngine()

describe(`simultaneous saves on ${kind}`, () => {
  let database: TestDatabase
  let payload: Payload | undefined
  let context: ConcurrencyContext | undefined

  beforeAll(async () => {
    database = await createDatabase()
    payload = await startPayload(database.uri, kind)
    context = new ConcurrencyContext(payload, kind, database.uri)
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  const get = () => {
    if (!context) throw new Error('The concurrency suite did not start')
    return context
  }
  describe('one release, several editors', () => conflictTests(get))
  if (kind === 'sqlite') describe('a burst on SQLite', () => burstTests(get))
})
