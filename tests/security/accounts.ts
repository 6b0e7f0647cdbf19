// Staff accounts cannot be listed or probed by visitors; session cookies and CSRF; the password policy.
import { expect, it } from 'vitest'

import { PASSWORD, type SecurityContext } from './context'
import { rest, signIn, SITE } from './rest'

const passwordError = (message: RegExp) => ({
  data: { errors: [{ path: 'password', message: expect.stringMatching(message) }] },
})

export function accountTests(context: () => SecurityContext) {
  it('keeps staff accounts and their addresses from visitors, answering alike for any address', async () => {
    const user = await context().staff('admin')
    const probes = [
      '/users',
      `/users/${user.id}`,
      '/users/999999',
      `/users?where[email][equals]=${encodeURIComponent(user.email)}`,
      '/users?where[email][equals]=nobody%40example.com',
      `/users?where[email][like]=${encodeURIComponent(user.email.slice(0, 5))}`,
      '/users/count',
      '/payload-locked-documents',
      '/payload-preferences',
    ]
    for (const probe of probes) {
      const answer = await rest('GET', probe)
      const body = await answer.text()
      expect(answer.status, probe).toBe(403)
      expect(body, probe).not.toContain(user.email)
    }
    const me = await rest('GET', '/users/me')
    expect(await me.json()).toMatchObject({ user: null })
  })

  it('sets the session cookie HttpOnly, Secure on an https site, and SameSite=Lax', async () => {
    const user = await context().staff('author')
    const answer = await rest('POST', '/users/login', {
      json: { email: user.email, password: PASSWORD },
      client: context().client(),
    })
    const cookie = answer.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
  })

  it('ignores the session cookie on a write from another origin, or with a forged "Origin: null"', async () => {
    const user = await context().staff('author', 'Before')
    const cookie = await signIn(user.email, PASSWORD, context().client())
    const rename = (name: string, headers: Record<string, string>) =>
      rest('PATCH', `/users/${user.id}`, { json: { name }, headers: { Cookie: cookie, ...headers } })

    expect((await rename('Evil', { Origin: 'https://evil.example' })).status).toBe(403)
    expect((await rename('Null', { Origin: 'null' })).status).toBe(403)
    expect((await rename('Cross', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403)
    const unchanged = await context().payload.findByID({ collection: 'users', id: user.id })
    expect(unchanged.name).toBe('Before')

    expect((await rename('After', { Origin: SITE })).status).toBe(200)
    expect((await context().payload.findByID({ collection: 'users', id: user.id })).name).toBe('After')
  })

  it('refuses a short password, or the e-mail address as password, with a field error in the admin’s language', async () => {
    const { payload } = context()
    const email = `${context().unique('new')}@example.com`
    await expect(
      payload.create({ collection: 'users', data: { email, password: 'short1', name: 'N', role: 'author' } }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'password' }] } })
    await expect(
      payload.create({ collection: 'users', data: { email, password: email, name: 'N', role: 'author' } }),
    ).rejects.toMatchObject(passwordError(/e-mail address/))

    const admin = await context().staff('admin')
    const token = (
      await payload.login({ collection: 'users', data: { email: admin.email, password: PASSWORD } })
    ).token
    const create = (password: string, language: string) =>
      rest('POST', '/users', {
        json: { email, password, name: 'N', role: 'author' },
        headers: { Authorization: `JWT ${token}`, Cookie: `payload-lng=${language}` },
      })
    const kazakh = await create('short', 'kk')
    expect(kazakh.status).toBe(400)
    const body = (await kazakh.json()) as {
      errors: { data: { errors: { path: string; message: string }[] } }[]
    }
    expect(body.errors[0]?.data.errors[0]).toEqual({
      path: 'password',
      message: 'Құпиясөз кемінде 12\u00a0таңбадан тұруы керек.',
    })
    const russian = await create(email.toUpperCase(), 'ru')
    expect(JSON.stringify(await russian.json())).toContain(
      'Пароль не должен совпадать с адресом электронной почты.',
    )
  })

  it('holds a changed or reset password to the same policy', async () => {
    const { payload } = context()
    const user = await context().staff('author')
    await expect(
      payload.update({ collection: 'users', id: user.id, data: { password: 'too short' } }),
    ).rejects.toMatchObject(passwordError(/12 characters/))
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: user.email },
      disableEmail: true,
    })
    const reset = await rest('POST', '/users/reset-password', { json: { token, password: user.email } })
    expect(reset.status).toBe(400)
    expect(JSON.stringify(await reset.json())).toContain('must not be the e-mail address')
    const good = await rest('POST', '/users/reset-password', {
      json: { token, password: 'a new long password' },
    })
    expect(good.status).toBe(200)
  })
}
