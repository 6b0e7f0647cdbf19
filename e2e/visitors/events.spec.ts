import { expect, test } from '@playwright/test'

const CINEMA = 'days-of-kazakh-cinema-in-bishkek'

const languages = [
  { locale: 'kk', upcoming: 'Алдағы іс-шаралар', past: 'Өткен іс-шаралар', calendar: 'Күнтізбеге қосу' },
  {
    locale: 'ru',
    upcoming: 'Предстоящие мероприятия',
    past: 'Прошедшие мероприятия',
    calendar: 'Добавить в календарь',
  },
  { locale: 'en', upcoming: 'Upcoming events', past: 'Past events', calendar: 'Add to calendar' },
] as const

interface ApiEvent {
  title: string
  startsAt: string
  endsAt: string
}

for (const language of languages) {
  test.describe(`events in ${language.locale}`, () => {
    test('upcoming events come first, soonest first; past ones have their own page', async ({ page }) => {
      await page.goto(`/${language.locale}/events`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.upcoming)
      const dates = await page
        .getByRole('main')
        .getByRole('article')
        .locator('time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
      expect(dates.length).toBeGreaterThanOrEqual(3)
      expect([...dates].sort()).toEqual(dates)
      await page.getByRole('link', { name: language.past }).click()
      await expect(page).toHaveURL(new RegExp(`/${language.locale}/events/past$`))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.past)
      await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
    })

    test('an event gives its time in Almaty, its place, and a calendar file in the language', async ({
      page,
    }) => {
      const api = await page.request.get(
        `/api/events?locale=${language.locale}&fallback-locale=none&where[slug][equals]=${CINEMA}&depth=0`,
      )
      const event = ((await api.json()) as { docs: ApiEvent[] }).docs[0]
      expect(event).toBeDefined()
      await page.goto(`/${language.locale}/events/${CINEMA}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(event!.title)
      // The event's own facts; the page history below has dates of its own.
      await expect(page.locator('dl time').first()).toHaveAttribute('datetime', /\+05:00$/)

      const calendarLink = page.getByRole('link', { name: language.calendar })
      const href = await calendarLink.getAttribute('href')
      expect(href).toBe(`/${language.locale}/events/${CINEMA}/calendar.ics`)
      const ics = await page.request.get(href!)
      expect(ics.headers()['content-type']).toMatch(/^text\/calendar/)
      const text = await ics.text()
      const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '')
      expect(text).toContain(`DTSTART:${stamp(event!.startsAt)}`)
      expect(text).toContain(`DTEND:${stamp(event!.endsAt)}`)
      const escaped = event!.title.replace(/([,;\\])/g, '\\$1')
      expect(text.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${escaped}`)
    })
  })
}

test('an unknown event or calendar answers 404', async ({ page, request }) => {
  expect((await page.goto('/en/events/no-such-event'))?.status()).toBe(404)
  expect((await request.get('/en/events/no-such-event/calendar.ics')).status()).toBe(404)
  expect((await page.goto('/en/events?page=0'))?.status()).toBe(404)
})
