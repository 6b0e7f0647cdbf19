import { expect, test, type APIRequestContext } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { signInToAdmin, staffAuthorization, staffMember } from '../helpers/staff'

// Each test speaks for clients of its own (X-Forwarded-For, as the load balancer would say), so that the attempts
// it spends do not hold back the rest of the suite, which signs in from 127.0.0.1.
let clients = 0
const client = () => ({ 'X-Forwarded-For': `203.0.113.${(++clients % 200) + 1}` })
const nobody = () => `nobody-${Date.now()}-${++clients}@example.com`

/**
 * An account of this file's own. Failed sign-ins and reset requests write to the account's row, and Payload may then
 * write back a stale list of sessions: probing the administrator would sign other tests' administrator out.
 */
async function probeAccount(request: APIRequestContext) {
  const headers = await staffAuthorization(request)
  const credentials = { email: 'e2e-probe@example.com', password: 'e2e probe password 2026' }
  const found = await request.get(
    `/api/users?where[email][equals]=${encodeURIComponent(credentials.email)}`,
    {
      headers,
    },
  )
  if (((await found.json()) as { totalDocs: number }).totalDocs === 0) {
    const made = await request.post('/api/users', {
      headers,
      data: { ...credentials, name: 'E2E probe', role: 'author' },
    })
    expect(made.ok()).toBe(true)
  }
  return credentials
}

async function signIn(
  request: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = client(),
) {
  return request.post('/api/users/login', { data: { email, password }, headers })
}

test.describe('signing in', () => {
  test('too many attempts on one address answer 429 with Retry-After, in the admin’s language', async ({
    request,
  }) => {
    const email = nobody()
    for (let i = 0; i < 5; i++) expect((await signIn(request, email, 'wrong password')).status()).toBe(401)
    const refused = await signIn(request, email, 'wrong password', { ...client(), 'Accept-Language': 'ru' })
    expect(refused.status()).toBe(429)
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(800)
    expect(await refused.json()).toMatchObject({
      errors: [{ message: 'Слишком много попыток. Повторите через 15\u00a0мин.' }],
    })
  })

  test('too many failures from one client answer 429, while other clients sign in', async ({ request }) => {
    const probe = await probeAccount(request)
    const from = client()
    for (let i = 0; i < 20; i++) await signIn(request, nobody(), 'wrong password', from)
    expect((await signIn(request, probe.email, probe.password, from)).status()).toBe(429)
    expect((await signIn(request, probe.email, probe.password)).status()).toBe(200)
  })

  test('a wrong password and an unknown address get the same answer, as do their reset requests', async ({
    request,
  }) => {
    const probe = await probeAccount(request)
    const answers = await Promise.all([
      signIn(request, probe.email, 'wrong password'),
      signIn(request, nobody(), 'wrong password'),
    ])
    const [known, unknown] = await Promise.all(answers.map(async (a) => `${a.status()} ${await a.text()}`))
    expect(known).toMatch(/^401 /)
    expect(unknown).toBe(known)

    const resets = await Promise.all(
      [probe.email, nobody()].map(async (email) => {
        const answer = await request.post('/api/users/forgot-password', {
          data: { email },
          headers: client(),
        })
        return `${answer.status()} ${await answer.text()}`
      }),
    )
    expect(resets[0]).toMatch(/^200 /)
    expect(resets[1]).toBe(resets[0])
  })

  test('visitors cannot list staff or look an address up', async ({ request }) => {
    for (const probe of [
      '/api/users',
      '/api/users/1',
      `/api/users?where[email][equals]=${encodeURIComponent(E2E_ADMIN.email)}`,
      '/api/users?where[email][equals]=nobody%40example.com',
    ]) {
      const answer = await request.get(probe)
      expect(answer.status(), probe).toBe(403)
      expect(await answer.text(), probe).not.toContain(E2E_ADMIN.email)
    }
  })

  test('the session cookie is HttpOnly and SameSite=Lax (Secure needs an https site)', async ({
    request,
  }) => {
    const probe = await probeAccount(request)
    const answer = await signIn(request, probe.email, probe.password)
    const cookie = answer.headers()['set-cookie'] ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    expect(cookie).not.toMatch(/;\s*Secure/i)
  })

  test('a signed-in browser’s cookie does not work for another site’s page, nor with "Origin: null"', async ({
    playwright,
    request,
    baseURL,
  }) => {
    const author = await staffMember(request, 'author')
    const browserLike = await playwright.request.newContext({ baseURL })
    const signedIn = await signIn(browserLike, author.email, author.password)
    const me = (await signedIn.json()) as { user: { id: number } }
    const rename = (name: string, origin: string) =>
      browserLike.patch(`/api/users/${me.user.id}`, { data: { name }, headers: { Origin: origin } })

    expect((await rename('From elsewhere', 'https://evil.example')).status()).toBe(403)
    expect((await rename('From nowhere', 'null')).status()).toBe(403)
    const admin = await staffAuthorization(request)
    const stored = (await (await request.get(`/api/users/${me.user.id}`, { headers: admin })).json()) as {
      name: string
    }
    expect(stored.name).toBe('E2E author')
    expect((await rename('E2E author', String(baseURL))).status()).toBe(200)
    await browserLike.dispose()
  })
})

test.describe('staff passwords', () => {
  test('the Kazakh admin explains a weak password beside the field', async ({ page, baseURL }) => {
    await signInToAdmin(page)
    await page.context().addCookies([{ name: 'payload-lng', value: 'kk', url: String(baseURL) }])
    await page.goto('/admin/collections/users/create')
    await page.getByLabel('Электрондық пошта').fill(`weak-${Date.now()}@example.com`)
    await page.getByLabel('Жаңа құпиясөз').fill('short')
    await page.getByLabel('Аты-жөні').fill('Әлсіз құпиясөз')
    await page.getByLabel('Құпиясөзді растау').fill('short')
    await page.getByRole('button', { name: 'Сақтау' }).click()
    await expect(page.getByText('Құпиясөз кемінде 12 таңбадан тұруы керек.').first()).toBeVisible()
  })
})
