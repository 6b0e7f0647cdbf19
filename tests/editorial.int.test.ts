// The newsroom's promises (roles, per-language publishing, slugs, scheduling, search, revalidation), on the engine of
// the Vitest project; the parts in editorial/.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe } from 'vitest'

import { EditorialContext } from './editorial/context'
import { languageTests } from './editorial/languages'
import { roleTests } from './editorial/roles'
import { schedulingTests } from './editorial/scheduling'
import { searchTests } from './editorial/search'
import { slugTests } from './editorial/slugs'
import type { TestDatabase } from './helpers/databases'
import { testEngine } from './helpers/engine'
import { startPayload, stopPayload } from './helpers/payload'

const { kind, createDatabase } = testEngine()

describe(`the newsroom on ${kind}`, () => {
  let database: TestDatabase
  let payload: Payload | undefined
  let context: EditorialContext | undefined

  beforeAll(async () => {
    database = await createDatabase()
    payload = await startPayload(database.uri, kind)
    context = new EditorialContext(payload, kind)
    await context.createStaff()
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  const get = () => {
    if (!context) throw new Error('The editorial suite did not start')
    return context
  }
  describe('roles', () => roleTests(get))
  describe('publishing per language', () => languageTests(get))
  slugTests(get)
  schedulingTests(get)
  searchTests(get)
})
