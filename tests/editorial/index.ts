// The newsroom's promises (roles, per-language publishing, slugs, scheduling, search, revalidation), run against each
// database engine by the editorial.*.int.test.ts files.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe } from 'vitest'

import type { DatabaseKind } from '@/lib/config/environment'

import type { TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload } from '../helpers/payload'
import { EditorialContext } from './context'
import { languageTests } from './languages'
import { roleTests } from './roles'
import { schedulingTests } from './scheduling'
import { searchTests } from './search'
import { slugTests } from './slugs'

export function editorialSuite(
  kind: DatabaseKind,
  createDatabase: () => TestDatabase | Promise<TestDatabase>,
) {
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
}
