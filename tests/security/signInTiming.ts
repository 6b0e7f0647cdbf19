// How long a refused sign-in takes tells nothing either: an unknown address or a locked account costs the same
// password hashing as a wrong password for an account that exists.
import { performance } from 'node:perf_hooks'

import { expect, it } from 'vitest'

import { type SecurityContext } from './context'
import { rest } from './rest'

const TRIES = 6

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

export function signInTimingTests(context: () => SecurityContext) {
  const timedSignIn = async (email: string, password: string) => {
    const started = performance.now()
    const answer = await rest('POST', '/users/login', {
      json: { email, password },
      client: context().client(),
    })
    const took = performance.now() - started
    expect(answer.status).toBe(401)
    return took
  }

  it('answers an unknown address and a locked account as slowly as a wrong password', async () => {
    const { payload } = context()
    // One wrong password per account, so that none of them locks while it is measured.
    const accounts = await Promise.all(Array.from({ length: TRIES }, () => context().staff('author')))
    const locked = await context().staff('author')
    for (let i = 0; i < 5; i++) {
      await payload
        .login({ collection: 'users', data: { email: locked.email, password: 'x' } })
        .catch(() => {})
    }
    const wrongPassword: number[] = []
    const unknownAddress: number[] = []
    const lockedAccount: number[] = []
    for (let i = 0; i < TRIES; i++) {
      wrongPassword.push(await timedSignIn(accounts[i]!.email, 'not the password'))
      unknownAddress.push(await timedSignIn(`${context().unique('nobody')}@example.com`, 'not the password'))
      if (i < 4) lockedAccount.push(await timedSignIn(locked.email, 'not the password'))
    }
    const known = median(wrongPassword)
    // Hashing a password takes hundreds of milliseconds here; an answer without it, a few.
    expect(known).toBeGreaterThan(50)
    expect(median(unknownAddress)).toBeGreaterThan(known * 0.6)
    expect(median(lockedAccount)).toBeGreaterThan(known * 0.6)
  })
}
