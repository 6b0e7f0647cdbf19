import { describe, expect, it } from 'vitest'

import { isFirstRegistration } from './firstAccountIsAdministrator'

describe('the first account of a fresh database', () => {
  it('is the one the admin’s "create first user" form makes, nobody signed in', () => {
    expect(
      isFirstRegistration({ operation: 'create', pathname: '/api/users/first-register', signedIn: false }),
    ).toBe(true)
    expect(
      isFirstRegistration({ operation: 'create', pathname: '/api/users/first-register/', signedIn: false }),
    ).toBe(true)
  })

  it('is not an account an administrator adds, nor one that code creates through the Local API', () => {
    expect(isFirstRegistration({ operation: 'create', pathname: '/api/users', signedIn: true })).toBe(false)
    expect(isFirstRegistration({ operation: 'create', pathname: undefined, signedIn: false })).toBe(false)
    expect(isFirstRegistration({ operation: 'create', pathname: '/', signedIn: false })).toBe(false)
  })

  it('is decided when the account is made, never when it is changed later', () => {
    expect(
      isFirstRegistration({ operation: 'update', pathname: '/api/users/first-register', signedIn: false }),
    ).toBe(false)
  })
})
