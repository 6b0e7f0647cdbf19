import { expect, test } from '@playwright/test'

import type { Locale } from '../../i18n/locales'
import en from '../../messages/en.json' with { type: 'json' }
import kk from '../../messages/kk.json' with { type: 'json' }
import ru from '../../messages/ru.json' with { type: 'json' }
import { E2E_SMTP_PORT } from '../../playwright.config'
import { headerOf, linkIn, TestMailServer } from '../../tests/helpers/mailServer'
import { deleteRelease, draftRelease, publishRelease } from '../helpers/releases'
import { keepScreenshot } from '../helpers/screenshots'
import { signInToAdmin, staffAuthorization, staffMember } from '../helpers/staff'

const MESSAGES = { kk, ru, en }
const TEXTS: Record<Locale, { title: string; summary: string; body: string }> = {
  kk: {
    title: 'Сыртқы істер министрі Әзербайжан әріптесімен кездесті',
    summary: 'Тараптар көлік-логистика саласындағы ынтымақтастықты талқылады.',
    body: 'Кездесу Астанада өтті.',
  },
  ru: {
    title: 'Министр иностранных дел встретился с коллегой из Азербайджана',
    summary: 'Стороны обсудили сотрудничество в транспортно-логистической сфере.',
    body: 'Встреча прошла в Астане.',
  },
  en: {
    title: 'The Foreign Minister met his Azerbaijani counterpart',
    summary: 'The sides discussed cooperation in transport and logistics.',
    body: 'The meeting took place in Astana.',
  },
}

// The mail server lives in this spec's worker; the site's mail queue runs every ten seconds.
const mail = new TestMailServer(E2E_SMTP_PORT)
const MAIL_WAIT = 45_000

test.describe.configure({ mode: 'serial' })
// The whole journey works without a script: forms post, and links lead to pages with buttons.
test.use({ javaScriptEnabled: false })

test.beforeAll(async () => {
  await mail.start()
})
test.afterAll(async () => {
  await mail.stop()
})

for (const locale of ['kk', 'ru', 'en'] as const) {
  const t = MESSAGES[locale].Subscribe
  const tMail = MESSAGES[locale].AlertMail

  test(`${locale}: a visitor subscribes, confirms from the mailbox, gets the alert of a new release and leaves`, async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000)
    const email = `e2e-alerts-${locale}-${Date.now()}@example.kz`

    await page.goto(`/${locale}`)
    await page.getByRole('contentinfo').getByRole('link', { name: t.link }).click()
    await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(
      page.getByRole('radio', { name: new RegExp(`^${escape(languageName(locale, locale))}$`) }),
    ).toBeChecked()
    if (locale !== 'en') await keepScreenshot(page, `alerts-subscribe-form-${locale}`)
    await page.getByLabel(t.email).fill(email)
    await page.getByRole('button', { name: t.submit }).click()
    await expect(page.getByRole('heading', { level: 1, name: t.sentTitle })).toBeVisible()

    const [confirmation] = await mail.waitFor(email, 1, MAIL_WAIT)
    expect(confirmation?.subject).toBe(tMail.confirmSubject)
    const confirmLink = linkIn(confirmation!, `${site()}/${locale}/subscribe/confirm?token=`)
    // Opening the link, as a mail scanner would, subscribes nobody: it shows a button.
    await page.goto(confirmLink)
    await expect(page.getByRole('heading', { level: 1, name: t.confirmTitle })).toBeVisible()
    await expect(page.getByText(email)).toBeVisible()
    if (locale === 'kk') await keepScreenshot(page, `alerts-confirm-button-${locale}`)
    await page.getByRole('button', { name: t.confirmButton }).click()
    await expect(page.getByRole('heading', { level: 1, name: t.confirmedTitle })).toBeVisible()
    if (locale !== 'en') await keepScreenshot(page, `alerts-confirmed-${locale}`)

    const editor = await staffAuthorization(request, await staffMember(request, 'editor'))
    const release = await draftRelease(request, editor, locale, {
      ...TEXTS[locale],
      title: `${TEXTS[locale].title} (${Date.now()})`,
    })
    try {
      await publishRelease(request, editor, release.id, locale)
      const subject = tMail.subject.replace('{title}', release.title)
      const deadline = Date.now() + MAIL_WAIT
      while (!mail.to(email).some((message) => message.subject === subject) && Date.now() < deadline) {
        await page.waitForTimeout(250)
      }
      const alert = mail.to(email).find((message) => message.subject === subject)
      expect(alert, `the alert "${subject}"`).toBeDefined()
      expect(alert?.html).toContain(`lang="${locale}"`)
      expect(alert?.text).toContain(TEXTS[locale].summary)
      expect(alert?.text).toContain(`${site()}/${locale}/press-releases/${release.slug}`)
      expect(headerOf(alert!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
      const unsubscribe = linkIn(alert!, `${site()}/${locale}/subscribe/unsubscribe?token=`)
      expect(headerOf(alert!, 'List-Unsubscribe')).toBe(`<${unsubscribe}>`)

      if (locale === 'en') {
        // A mail client's one-click unsubscribe (RFC 8058), posted by the mail provider, not from a page of ours.
        const response = await request.post(unsubscribe, { form: { 'List-Unsubscribe': 'One-Click' } })
        expect(response.status()).toBe(200)
      } else {
        await page.goto(unsubscribe)
        await expect(page.getByRole('heading', { level: 1, name: t.unsubscribeTitle })).toBeVisible()
        await page.getByRole('button', { name: t.unsubscribeButton }).click()
        await expect(page.getByRole('heading', { level: 1, name: t.unsubscribedTitle })).toBeVisible()
        await keepScreenshot(page, `alerts-unsubscribed-${locale}`)
      }
      const admin = await staffAuthorization(request)
      const left = await request.get(`/api/subscribers?where[email][equals]=${encodeURIComponent(email)}`, {
        headers: admin,
      })
      expect(((await left.json()) as { totalDocs: number }).totalDocs).toBe(0)
    } finally {
      await deleteRelease(request, editor, release.id)
    }
  })

  test(`${locale}: a damaged or forged link gets a clear 400 page`, async ({ page }) => {
    for (const path of ['subscribe/confirm?token=garbage', 'subscribe/unsubscribe?token=e30.AAAA']) {
      const response = await page.goto(`/${locale}/${path}`)
      expect(response?.status()).toBe(400)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('heading', { level: 1, name: t.badLinkTitle })).toBeVisible()
      await expect(page.getByRole('link', { name: t.back })).toHaveAttribute('href', `/${locale}/subscribe`)
    }
  })
}

test('a subscription form posted from another site is refused, and an address that is no address too', async ({
  request,
}) => {
  const elsewhere = await request.post('/kk/subscribe/request', {
    headers: { Origin: 'https://attacker.example' },
    form: { email: 'victim@example.kz', language: 'kk', topic: '' },
  })
  expect(elsewhere.status()).toBe(403)
  const invalid = await request.post('/ru/subscribe/request', {
    headers: { Origin: site() },
    form: { email: 'not an address', language: 'ru', topic: '' },
  })
  expect(invalid.status()).toBe(400)
  expect(await invalid.text()).toContain(ru.Subscribe.invalid)
})

test.describe('the press service', () => {
  test.use({ javaScriptEnabled: true, locale: 'kk-KZ' })

  test('reads the confirmed subscribers in the Kazakh admin', async ({ page, request }) => {
    test.setTimeout(120_000)
    const email = `e2e-alerts-admin-${Date.now()}@example.kz`
    const sent = await request.post('/kk/subscribe/request', {
      headers: { Origin: site() },
      form: { email, language: 'ru', topic: '' },
    })
    expect(sent.status()).toBe(200)
    const [confirmation] = await mail.waitFor(email, 1, MAIL_WAIT)
    const token = new URL(linkIn(confirmation!, `${site()}/ru/subscribe/confirm?token=`)).searchParams.get(
      'token',
    )
    const confirmed = await request.post('/ru/subscribe/confirm', { form: { token: token ?? '' } })
    expect(confirmed.status()).toBe(200)

    const editor = await staffMember(request, 'editor')
    await signInToAdmin(page, editor)
    await page.goto('/admin/collections/subscribers')
    await expect(page.getByRole('heading', { level: 1, name: 'Жазылушылар' })).toBeVisible()
    await expect(page.getByRole('link', { name: email })).toBeVisible()
    await expect(page.getByRole('columnheader', { name: 'Хаттар тілі' })).toBeVisible()
    await keepScreenshot(page, 'alerts-admin-subscribers-kk', false)
    const removed = await request.delete(
      `/api/subscribers?where[email][equals]=${encodeURIComponent(email)}`,
      {
        headers: await staffAuthorization(request, editor),
      },
    )
    expect(removed.ok()).toBe(true)
  })
})

/** The site's address, which SITE_URL gives the server and so every link in its messages. */
const site = () => test.info().project.use.baseURL ?? ''

function languageName(language: Locale, pageLocale: Locale): string {
  const names = MESSAGES[pageLocale].Subscribe.languageName
  const match = new RegExp(`${language === 'en' ? 'other' : language} \\{([^}]*)\\}`).exec(names)
  return match?.[1] ?? ''
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
