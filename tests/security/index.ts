// The promises of issue #8 on sign-in, accounts, uploads and links in texts, run against each database engine by the
// security.*.int.test.ts files.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe } from 'vitest'

import type { DatabaseKind } from '@/lib/config'

import type { TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload } from '../helpers/payload'
import { accountTests } from './accounts'
import { SecurityContext } from './context'
import { SITE } from './rest'
import { richTextLinkTests } from './richTextLinks'
import { sessionTests } from './sessions'
import { signInTests } from './signIn'
import { signInTimingTests } from './signInTiming'
import { uploadTests } from './uploads'

export function securitySuite(
  kind: DatabaseKind,
  createDatabase: () => TestDatabase | Promise<TestDatabase>,
) {
  describe(`hostile input on ${kind}`, () => {
    let database: TestDatabase
    let payload: Payload | undefined
    let context: SecurityContext | undefined

    beforeAll(async () => {
      // Read by the configuration when first imported: an https site, as in production.
      process.env.SITE_URL = SITE
      database = await createDatabase()
      payload = await startPayload(database.uri, kind)
      context = new SecurityContext(payload, kind)
    })

    afterAll(async () => {
      await stopPayload(payload)
      await database?.drop()
    })

    const get = () => {
      if (!context) throw new Error('The security suite did not start')
      return context
    }
    describe('signing in', () => signInTests(get))
    describe('how long signing in takes', () => signInTimingTests(get))
    describe('sessions', () => sessionTests(get))
    describe('staff accounts', () => accountTests(get))
    describe('uploads', () => uploadTests(get))
    describe('links in texts', () => richTextLinkTests(get))
  })
}
