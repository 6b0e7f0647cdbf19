// The promises of issue #8 on sign-in, accounts, uploads and links in texts, on the engine of the Vitest project; the
// parts in security/, beside the REST and staff helpers other suites use.
import { describe } from 'vitest'

import { testEngine } from './helpers/engine'
import { accountTests } from './security/accounts'
import { suiteContext } from './security/context'
import { richTextLinkTests } from './security/richTextLinks'
import { sessionTests } from './security/sessions'
import { signInTests } from './security/signIn'
import { signInTimingTests } from './security/signInTiming'
import { uploadTests } from './security/uploads'

const { kind, createDatabase } = testEngine()

describe(`hostile input on ${kind}`, () => {
  const get = suiteContext('security', kind, createDatabase)
  describe('signing in', () => signInTests(get))
  describe('how long signing in takes', () => signInTimingTests(get))
  describe('sessions', () => sessionTests(get))
  describe('staff accounts', () => accountTests(get))
  describe('uploads', () => uploadTests(get))
  describe('links in texts', () => richTextLinkTests(get))
})
