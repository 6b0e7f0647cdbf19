import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { Role } from '@/access/roles'
import type { DatabaseKind } from '@/lib/config/environment'
import type { User } from '@/payload-types'

import { SITE } from './rest'
import type { TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload } from '../helpers/payload'

export const PASSWORD = 'a long test password'

/** What the security tests share: Payload on a fresh database, and a way to make staff accounts. */
export class SecurityContext {
  private counter = 0

  constructor(
    readonly payload: Payload,
    readonly kind: string,
  ) {}

  unique(prefix: string) {
    return `${prefix}-${this.kind}-${++this.counter}`
  }

  /** A new client address for a test, so that no test spends another's attempts. */
  client() {
    return `198.51.100.${++this.counter % 250}`
  }

  staff(role: Role, name: string = role): Promise<User> {
    return this.payload.create({
      collection: 'users',
      data: { email: `${this.unique(name)}@example.com`, password: PASSWORD, name, role },
    })
  }
}

/**
 * For a describe block: Payload on a new database of its own, REST requests made as from the site's https origin (the
 * configuration reads SITE_URL, for Payload's csrf list, when first imported), and the block's SecurityContext;
 * `prepare` adds what the block needs before its tests. Returns the getter the block's tests take the context from.
 */
export function suiteContext(
  suite: string,
  kind: DatabaseKind,
  createDatabase: () => TestDatabase | Promise<TestDatabase>,
  prepare: (payload: Payload) => Promise<void> = async () => {},
): () => SecurityContext {
  let database: TestDatabase | undefined
  let payload: Payload | undefined
  let context: SecurityContext | undefined

  beforeAll(async () => {
    process.env.SITE_URL = SITE
    database = await createDatabase()
    payload = await startPayload(database.uri, kind)
    context = new SecurityContext(payload, kind)
    await prepare(payload)
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  return () => {
    if (!context) throw new Error(`The ${suite} suite did not start`)
    return context
  }
}
