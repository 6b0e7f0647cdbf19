// Sign-in: lockout, unlocking, attempt limits, and answers that tell nobody which e-mail addresses have accounts.
import { expect, it } from 'vitest'

import { PASSWORD, type SecurityContext } from './context'
import { errorMessage, rest } from './rest'

export function signInTests(context: () => SecurityContext) {
  const login = (email: string, password: string, client: string, headers?: Record<string, string>) =>
    rest('POST', '/users/login', { json: { email, password }, client, headers })

  it('locks an account at the fifth failed sign-in, even against the right password', async () => {
    const { payload } = context()
    const user = await context().staff('author')
    for (let i = 0; i < 5; i++) {
      // Each from another address: the account's lock does not depend on where attempts come from.
      expect((await login(user.email, 'not the password', context().client())).status).toBe(401)
    }
    const stored = await payload.db.findOne<{ id: number; lockUntil?: string | null }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    expect(new Date(stored?.lockUntil ?? 0).getTime()).toBeGreaterThan(Date.now() + 14 * 60 * 1000)
    await expect(
      payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } }),
    ).rejects.toThrow(/locked/i)
  })

  it('lets only an administrator unlock an account, which may then sign in at once', async () => {
    const { payload } = context()
    const user = await context().staff('author')
    const editor = await context().staff('editor')
    const admin = await context().staff('admin')
    for (let i = 0; i < 5; i++) await login(user.email, 'not the password', context().client())

    const unlockAs = async (staff: { email: string }) => {
      const token = (
        await payload.login({ collection: 'users', data: { email: staff.email, password: PASSWORD } })
      ).token
      return rest('POST', '/users/unlock', {
        json: { email: user.email },
        headers: { Authorization: `JWT ${token}` },
      })
    }
    expect((await rest('POST', '/users/unlock', { json: { email: user.email } })).status).toBe(403)
    expect((await unlockAs(editor)).status).toBe(403)
    expect((await unlockAs(await context().staff('author'))).status).toBe(403)
    expect((await login(user.email, PASSWORD, context().client())).status).not.toBe(200)

    expect((await unlockAs(admin)).status).toBe(200)
    expect((await login(user.email, PASSWORD, context().client())).status).toBe(200)
  })

  it('answers a wrong password, an unknown address and a locked account alike', async () => {
    const { payload } = context()
    const user = await context().staff('author')
    const locked = await context().staff('author')
    // Locked through the Local API, which no attempt limit counts, to see Payload's own answer.
    for (let i = 0; i < 5; i++) {
      await payload
        .login({ collection: 'users', data: { email: locked.email, password: 'x' } })
        .catch(() => {})
    }
    const answers = await Promise.all([
      login(user.email, 'not the password', context().client()),
      login(`${context().unique('nobody')}@example.com`, 'not the password', context().client()),
      login(locked.email, PASSWORD, context().client()),
    ])
    const seen = await Promise.all(answers.map(async (a) => `${a.status} ${await errorMessage(a)}`))
    expect(seen[0]).toMatch(/^401 /)
    expect(new Set(seen).size).toBe(1)
  })

  it('answers a password-reset request alike whether or not the address has an account', async () => {
    const user = await context().staff('author')
    const ask = async (email: string) => {
      const answer = await rest('POST', '/users/forgot-password', {
        json: { email },
        client: context().client(),
      })
      return `${answer.status} ${await answer.text()}`
    }
    const known = await ask(user.email)
    expect(known).toMatch(/^200 /)
    expect(await ask(`${context().unique('nobody')}@example.com`)).toBe(known)
  })

  it('refuses a sixth attempt on one address with 429 and Retry-After, whether or not it has an account', async () => {
    for (const email of [
      (await context().staff('author')).email,
      `${context().unique('nobody')}@example.com`,
    ]) {
      for (let i = 0; i < 5; i++) await login(email, 'not the password', context().client())
      const refused = await login(email, 'not the password', context().client(), { Cookie: 'payload-lng=ru' })
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60)
      expect(await errorMessage(refused)).toMatch(/^Слишком много попыток\. Повторите через 15\u00a0мин\.$/)
    }
  })

  it('refuses a client that tries many addresses, in the admin’s language', async () => {
    const client = context().client()
    for (let i = 0; i < 20; i++) {
      const answer = await login(`${context().unique('guess')}@example.com`, 'not the password', client)
      expect(answer.status).toBe(401)
    }
    const refused = await login(`${context().unique('guess')}@example.com`, 'x', client, {
      Cookie: 'payload-lng=kk',
    })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await errorMessage(refused)).toBe('Әрекеттер тым көп. 15\u00a0минуттан кейін қайталап көріңіз.')
    // Another client is not held back by that one.
    const user = await context().staff('author')
    expect((await login(user.email, PASSWORD, context().client())).status).toBe(200)
  })

  it('does not count successful sign-ins against a client', async () => {
    const user = await context().staff('author')
    const client = context().client()
    for (let i = 0; i < 25; i++) expect((await login(user.email, PASSWORD, client)).status).toBe(200)
  })
}
