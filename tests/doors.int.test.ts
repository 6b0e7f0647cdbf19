// Issue #23 on the engine of the Vitest project: addresses that name a document by something that cannot be its id,
// versions queried as Payload documents, a create that publishes at once, and former addresses that still lead
// to the text.
import { describe } from 'vitest'

import { documentIdTests } from './doors/documentIds'
import { forbiddenFieldTests } from './doors/forbiddenFields'
import { formerSlugTests } from './doors/formerSlugs'
import { fuzzerFindingTests } from './doors/fuzzerFindings'
import { publishOnCreateTests } from './doors/publishOnCreate'
import { versionQueryTests } from './doors/versionQueries'
import { testEngine } from './helpers/engine'
import { suiteContext } from './security/context'

const { kind, createDatabase } = testEngine()

describe(`every door on ${kind}`, () => {
  const get = suiteContext('doors', kind, createDatabase)
  describe('ids that are not ids', () => documentIdTests(get))
  describe('versions queries', () => versionQueryTests(get))
  describe('a create that publishes', () => publishOnCreateTests(get))
  describe('former addresses', () => formerSlugTests(get))
  describe('what the fuzzer found', () => fuzzerFindingTests(get))
  describe('fields no client sets', () => forbiddenFieldTests(get))
})
