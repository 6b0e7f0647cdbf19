import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'

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
