import { expect, test, type APIRequestContext } from '@playwright/test'

import { type Locale, locales } from '../../i18n/locales'
import { FEEDBACK_PER_CLIENT } from '../../lib/forms/feedback'
import { EVENT, RELEASE } from '../helpers/publicPages'
import { staffAuthorization, staffMember } from '../helpers/staff'

// A plain form: everything below happens without a script.
test.use({ javaScriptEnabled: false })
// One after another, reading the answers with one editor's sign-in: parallel sign-ins to one account can drop one
// another's session (Payload writes the account's list of sessions back whole).
test.describe.configure({ mode: 'serial' })

let reader: { Authorization: string } | undefined

const TEXTS: Record<Locale, { region: string; question: string; yes: string; no: string; comment: string }> =
  {
    kk: {
      region: 'Бет туралы пікір',
      question: 'Бұл бет пайдалы болды ма?',
      yes: 'Иә',
      no: 'Жоқ',
      comment: 'Не жетіспеді? (міндетті емес)',
    },
    ru: {
      region: 'Отзыв о странице',
      question: 'Была ли эта страница полезной?',
      yes: 'Да',
      no: 'Нет',
      comment: 'Чего не хватило? (необязательно)',
    },
    en: {
      region: 'Feedback on this page',
      question: 'Is this page useful?',
      yes: 'Yes',
      no: 'No',
      comment: 'What was missing? (optional)',
    },
  }
const SEND: Record<Locale, string> = { kk: 'Жіберу', ru: 'Отправить', en: 'Send' }
const THANKS: Record<Locale, string> = {
  kk: 'Рақмет! Пікіріңіз сайтты жақсартуға көмектеседі.',
  ru: 'Спасибо! Ваш отзыв поможет сделать сайт лучше.',
  en: 'Thank you! Your feedback helps us improve the site.',
}
const COMMENT: Record<Locale, string> = {
  kk: 'Іс-шараға қалай тіркелуге болатыны жазылмаған.',
  ru: 'Не сказано, как зарегистрироваться на мероприятие.',
  en: 'It does not say how to register for the event.',
}

/**
 * Each test answers from an address of its own (X-Forwarded-For, as the load balancer would say), so that the answers
 * counted against one do not hold back another.
 */
const client = (n: number) => ({ 'X-Forwarded-For': `192.0.2.${n}` })

interface StoredAnswer {
  page: string
  language: string
  answer: string
  comment: string | null
}

/** The answers kept about a page, newest first, as an editor reads them through REST. */
async function answersFor(request: APIRequestContext, page: string): Promise<StoredAnswer[]> {
  reader ??= await staffAuthorization(request, await staffMember(request, 'editor'))
  const response = await request.get(
    `/api/feedback?where[page][equals]=${encodeURIComponent(page)}&sort=-createdAt&limit=20`,
    { headers: reader },
  )
  expect(response.ok(), `${response.status()} ${await response.text()}`).toBe(true)
  return ((await response.json()) as { docs: StoredAnswer[] }).docs
}

for (const [index, locale] of locales.entries()) {
  test(`${locale}: “yes” on a release and “no” with a comment on an event, answered and thanked without JavaScript`, async ({
    page,
    request,
  }) => {
    const t = TEXTS[locale]
    await page.setExtraHTTPHeaders(client(10 + index))
    const release = `/${locale}/press-releases/${RELEASE}`
    const event = `/${locale}/events/${EVENT}`
    const [yesBefore, noBefore] = [
      (await answersFor(request, release)).length,
      await answersFor(request, event),
    ]

    await page.goto(release)
    const feedback = page.getByRole('region', { name: t.region })
    await expect(feedback.getByRole('heading', { name: t.question })).toBeVisible()
    await expect(feedback.getByText(THANKS[locale])).toBeHidden()
    // The comment is for "no": hidden until it is chosen.
    await expect(feedback.getByRole('textbox', { name: t.comment })).toBeHidden()
    await feedback.getByRole('button', { name: t.yes, exact: true }).click()
    await expect(page).toHaveURL(`${release}#feedback-thanks`)
    await expect(feedback.getByText(THANKS[locale])).toBeVisible()
    await expect(feedback.getByRole('heading', { name: t.question })).toBeHidden()
    const yes = await answersFor(request, release)
    expect(yes).toHaveLength(yesBefore + 1)
    expect(yes[0]).toMatchObject({ page: release, language: locale, answer: 'yes', comment: null })

    await page.goto(event)
    await feedback.locator('summary', { hasText: t.no }).click()
    await feedback.getByRole('textbox', { name: t.comment }).fill(COMMENT[locale])
    await feedback.getByRole('button', { name: SEND[locale] }).click()
    await expect(page).toHaveURL(`${event}#feedback-thanks`)
    await expect(feedback.getByText(THANKS[locale])).toBeVisible()
    const no = await answersFor(request, event)
    expect(no).toHaveLength(noBefore.length + 1)
    expect(no[0]).toEqual(
      expect.objectContaining({ page: event, language: locale, answer: 'no', comment: COMMENT[locale] }),
    )
    expect(Object.keys(no[0]!).sort()).toEqual(
      ['answer', 'comment', 'createdAt', 'id', 'language', 'page', 'updatedAt'].sort(),
    )
  })
}

test(`the answer after ${FEEDBACK_PER_CLIENT} from one address is refused with 429, in the page’s language`, async ({
  page,
  baseURL,
}) => {
  const address = client(99)
  // A page no other test answers on, so that the count below is this test's own.
  const release = '/ru/accessibility'
  for (let i = 0; i < FEEDBACK_PER_CLIENT; i++) {
    const answered = await page.request.post('/ru/feedback', {
      headers: { ...address, Origin: baseURL! },
      form: { page: release, answer: 'yes' },
      maxRedirects: 0,
    })
    expect(answered.status()).toBe(303)
  }
  const before = (await answersFor(page.request, release)).length

  await page.setExtraHTTPHeaders(address)
  await page.goto(release)
  const refusal = page.waitForResponse((response) => response.url().endsWith('/ru/feedback'))
  await page.getByRole('button', { name: 'Да', exact: true }).click()
  const response = await refusal
  expect(response.status()).toBe(429)
  expect(Number(response.headers()['retry-after'])).toBeGreaterThan(500)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Слишком много ответов')
  await expect(page.getByText('Повторите через 10 мин.')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await page.getByRole('link', { name: 'Вернуться на страницу' }).click()
  await expect(page).toHaveURL(release)
  expect(await answersFor(page.request, release)).toHaveLength(before)
})

test('an answer posted from another site, or naming no origin, is refused and not kept', async ({
  request,
}) => {
  const release = '/en/accessibility'
  const before = (await answersFor(request, release)).length
  for (const origin of ['https://evil.example', 'null', undefined]) {
    const response = await request.post('/en/feedback', {
      headers: { ...client(98), ...(origin && { Origin: origin }) },
      form: { page: release, answer: 'no', comment: 'Cross-site' },
      maxRedirects: 0,
    })
    expect(response.status(), String(origin)).toBe(403)
    expect(await response.text()).toContain(
      'An answer can only be sent through the form on a page of this site.',
    )
  }
  expect(await answersFor(request, release)).toHaveLength(before)
})
