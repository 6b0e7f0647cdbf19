import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { type Locale, locales } from '../../i18n/locales'
import { wcagViolations } from '../helpers/axe'
import { pathOf } from '../helpers/publicPages'
import { keepScreenshot } from '../helpers/screenshots'
import { staffAuthorization, staffMember } from '../helpers/staff'

// Plain markup: the notice needs no script.
test.use({ javaScriptEnabled: false })

const NOTICE: Record<Locale, { region: string; kind: string; text: string; more: string }> = {
  kk: {
    region: 'Шұғыл хабарландыру',
    kind: 'Назар аударыңыз',
    text: 'Қазақстан азаматтарына Х елге сапар шегуден уақытша бас тарту ұсынылады.',
    more: 'Толығырақ',
  },
  ru: {
    region: 'Срочное сообщение',
    kind: 'Внимание',
    text: 'Гражданам Казахстана рекомендуется временно воздержаться от поездок в страну Х.',
    more: 'Подробнее',
  },
  en: {
    region: 'Urgent notice',
    kind: 'Warning',
    text: 'Citizens of Kazakhstan are advised to refrain from travel to country X for the time being.',
    more: 'Read more',
  },
}
const LINK = 'https://www.gov.kz/memleket/entities/mfa'
const PAGES = ['home', 'press release', 'search'] as const
/** From the editor's save to a page that shows it: the promise is within a second. */
const WITHIN_MS = 1000

/** The settings saved through REST as an editor: published, and without Payload's fallback language (as the admin). */
async function save(
  request: APIRequestContext,
  headers: { Authorization: string },
  locale: Locale,
  urgentNotice: Record<string, unknown>,
): Promise<number> {
  const response = await request.post(`/api/globals/site?locale=${locale}&fallback-locale=none`, {
    headers,
    data: { _status: 'published', urgentNotice },
  })
  expect(response.ok(), await response.text()).toBe(true)
  return Date.now()
}

/** Each page of the language, all at once, and how long each took to answer since `since` (the save, or later). */
async function pagesAfter(request: APIRequestContext, since: number, locale: Locale) {
  return Promise.all(
    PAGES.map(async (type) => {
      const response = await request.get(pathOf(type, locale))
      expect(response.status(), pathOf(type, locale)).toBe(200)
      return { type, html: await response.text(), afterMs: Date.now() - since }
    }),
  )
}

async function expectNoticeShown(page: Page, locale: Locale) {
  const notice = page.getByRole('region', { name: NOTICE[locale].region })
  await expect(notice).toHaveText(`${NOTICE[locale].kind}: ${NOTICE[locale].text} ${NOTICE[locale].more}`)
  await expect(notice.getByRole('link', { name: NOTICE[locale].more })).toHaveAttribute('href', LINK)
  // Above the header: the first landmark of the page, right after the skip link.
  const order = await page.evaluate(() => {
    const landmarks = [...document.querySelectorAll('body section[aria-label], body header')]
    return landmarks.slice(0, 2).map((element) => element.tagName.toLowerCase())
  })
  expect(order).toEqual(['section', 'header'])
}

test('an editor’s urgent notice is on every page in its own language within a second, and gone within a second', async ({
  browser,
  baseURL,
  page,
  request,
}) => {
  // Twelve pages read twice and an accessibility check: more than the default minute on a busy machine.
  test.setTimeout(180_000)
  const editor = await staffMember(request, 'editor')
  const headers = await staffAuthorization(request, editor)
  const clear = async () => {
    for (const locale of locales)
      await save(request, headers, locale, { enabled: false, text: null, link: null })
  }
  // As the seed leaves it, before and after: off, and no text in any language.
  await clear()
  try {
    // Kazakh first: the Russian and English pages show nothing rather than the Kazakh warning.
    let savedAt = await save(request, headers, 'kk', {
      enabled: true,
      level: 'warning',
      text: NOTICE.kk.text,
      link: LINK,
    })
    for (const { type, html, afterMs } of await pagesAfter(request, savedAt, 'kk')) {
      expect(html.includes(NOTICE.kk.text), type).toBe(true)
      expect(afterMs, type).toBeLessThan(WITHIN_MS)
    }
    for (const locale of ['ru', 'en'] as const) {
      const html = await (await request.get(pathOf('home', locale))).text()
      expect(html.includes(NOTICE.kk.text), locale).toBe(false)
      expect(html.includes('data-urgent-notice'), locale).toBe(false)
    }

    for (const locale of ['ru', 'en'] as const) {
      savedAt = await save(request, headers, locale, { enabled: true, text: NOTICE[locale].text, link: LINK })
      for (const { type, html, afterMs } of await pagesAfter(request, savedAt, locale)) {
        expect(html.includes(NOTICE[locale].text), `${locale} ${type}`).toBe(true)
        expect(html.includes(NOTICE.kk.text), `${locale} ${type}`).toBe(false)
        expect(afterMs, `${locale} ${type}`).toBeLessThan(WITHIN_MS)
      }
    }

    // As a visitor sees it, on each page type and in each language; not-found pages have it too.
    for (const locale of locales) {
      for (const type of PAGES) {
        await page.goto(pathOf(type, locale))
        await expectNoticeShown(page, locale)
        if (type !== 'search')
          await keepScreenshot(page, `urgent-notice-${locale}-${type.replace(' ', '-')}`, false)
      }
    }
    // Next.js sends a not-found page as a shell that its script fills, so it is read with JavaScript on, as is the
    // accessibility check.
    const scripted = await browser.newContext({ baseURL, javaScriptEnabled: true })
    const missingPage = await scripted.newPage()
    const missing = await missingPage.goto('/en/no-such-page')
    expect(missing?.status()).toBe(404)
    await expectNoticeShown(missingPage, 'en')
    // WCAG 2.2 AA with the notice on (its colours' contrast, its region among the landmarks); axe needs the script.
    await missingPage.goto(pathOf('press release', 'kk'))
    expect(await wcagViolations(missingPage)).toEqual([])
    await scripted.close()

    // Switched off once, for every language. Each language's three pages are read at once, each at its first request
    // after the save; the languages take turns, so that two cores render three pages at a time, not nine.
    savedAt = await save(request, headers, 'ru', { enabled: false })
    for (const locale of locales) {
      const since = locale === locales[0] ? savedAt : Date.now()
      for (const { type, html, afterMs } of await pagesAfter(request, since, locale)) {
        expect(html.includes(NOTICE[locale].text), `${locale} ${type}`).toBe(false)
        expect(html.includes('data-urgent-notice'), `${locale} ${type}`).toBe(false)
        expect(afterMs, `${locale} ${type}`).toBeLessThan(WITHIN_MS)
      }
    }
    await page.goto(pathOf('press release', 'ru'))
    await expect(page.getByRole('region', { name: NOTICE.ru.region })).toHaveCount(0)
  } finally {
    await clear()
  }
})
