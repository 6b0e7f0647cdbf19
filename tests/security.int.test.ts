// The promises of issue #8 on sign-in, accounts, uploads and links in texts, run against each database engine by the
// security.*.int.test.ts files.
import { describe } from 'vitest'

import type { DatabaseKind } from '@/lib/config/environment'

import type { TestDatabase } from './helpers/databases'
import { accountTests } from './security/accounts'
import { suiteContext } from './security/context'
import { richTextLinkTests } from './security/richTextLinks'
import { sessionTests } from './security/sessions'
import { signInTests } from './security/signIn'
import { signInTimingTests } from './security/signInTiming'
import { uploadTests } from './security/uploads'
import { testEngine } from './helpers/engine'

function securitySuite(kind: DatabaseKind, createDatabase: () => TestDatabase | Promise<TestDatabase>) {
  describe(`hostile input on ${kind}`, () => {
    const get = suiteContext('security', kind, createDatabase)
    describe('signing in', () => signInTests(get))
    describe('how long signing in takes', () => signInTimingTests(get))
    describe('sessions', () => sessionTests(get))
    describe('staff accounts', () => accountTests(get))
    describe('uploads', () => uploadTests(get))
    describe('links in texts', () => richTextLinkTests(get))
  })
}

const { kind, createDatabase } = testEngine()
securitySuite(kind, createDatabase)
