// Failed sign-ins by someone else do not sign an editor out: locking an account ends no session opened before.
import { expect, it } from 'vitest'

import { PASSWORD, type SecurityContext } from './context'
import { rest, signIn, SITE } from './rest'

export function sessionTests(context: () => SecurityContext) {
  const signedInAs = async (cookie: string) => {
    const answer = await rest('GET', '/users/me', { headers: { Cookie: cookie, Origin: SITE } })
    return ((await answer.json()) as { user: { email: string } | null }).user?.email
  }

  it('keeps an editor signed in while someone else’s failed sign-ins lock the account', async () => {
    const { payload } = context()
    const user = await context().staff('editor')
    const cookie = await signIn(user.email, PASSWORD, context().client())
    expect(await signedInAs(cookie)).toBe(user.email)
    // Payload ends sessions opened in the 20 seconds before the lock (a right guess among parallel wrong ones
    // must not stay signed in); this one was opened a minute before.
    const stored = await payload.db.findOne<{
      id: number
      sessions: { id: string; createdAt: string; expiresAt: string }[]
    }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    const minuteAgo = new Date(Date.now() - 60_000).toISOString()
    await payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { sessions: (stored?.sessions ?? []).map((session) => ({ ...session, createdAt: minuteAgo })) },
    })
    expect(await signedInAs(cookie)).toBe(user.email)

    for (let i = 0; i < 5; i++) {
      const wrong = await rest('POST', '/users/login', {
        json: { email: user.email, password: 'not the password' },
        client: context().client(),
      })
      expect(wrong.status).toBe(401)
    }
    const locked = await payload.db.findOne<{ id: number; lockUntil?: string | null }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    expect(new Date(locked?.lockUntil ?? 0).getTime()).toBeGreaterThan(Date.now())

    expect(await signedInAs(cookie)).toBe(user.email)
    const save = await rest('PATCH', `/users/${user.id}`, {
      json: { name: 'Still here' },
      headers: { Cookie: cookie, Origin: SITE },
    })
    expect(save.status).toBe(200)
  })
}
