// The urgent notice: editors publish it, each language has its own text or none, and a notice that is on says
// something in the language being published.
import { expect, it } from 'vitest'

import { URGENT_NOTICE_MAX_LENGTH } from '@/globals/Site/urgentNotice'
import type { Locale } from '@/i18n/locales'

import { PASSWORD, type SecurityContext } from '../security/context'
import { errorMessage, rest, signIn, SITE } from '../security/rest'

const WARNING = {
  kk: 'Қазақстан азаматтарына Х елге сапар шегуден бас тарту ұсынылады.',
  ru: 'Гражданам Казахстана рекомендуется воздержаться от поездок в страну Х.',
}

/** The site's own read, as a page makes it; imported late, since it loads the configuration the suite sets up. */
async function urgentNotice(locale: Locale) {
  const { urgentNotice: read } = await import('@/lib/reads/urgentNotice')
  return read(locale)
}

export function urgentNoticeTests(context: () => SecurityContext) {
  /**
   * Saves the settings through REST as the admin panel does: a published save, unless `draft`, and without Payload's
   * fallback language (which would write the Kazakh text into a language saved without one).
   */
  async function save(
    cookie: string,
    locale: Locale,
    data: Record<string, unknown>,
    { draft = false, language = 'en' } = {},
  ) {
    return rest('POST', `/globals/site?locale=${locale}&fallback-locale=none${draft ? '&draft=true' : ''}`, {
      json: { ...data, _status: draft ? 'draft' : 'published' },
      headers: { Cookie: cookie, Origin: SITE, 'Accept-Language': language },
    })
  }

  async function editorSession() {
    const editor = await context().staff('editor')
    return signIn(editor.email, PASSWORD, context().client())
  }

  it('is off until an editor turns it on, and then shows only in the languages it is written in', async () => {
    const { payload } = context()
    expect(await urgentNotice('kk')).toBeNull()
    const cookie = await editorSession()

    const on = await save(cookie, 'kk', {
      urgentNotice: {
        enabled: true,
        level: 'warning',
        text: WARNING.kk,
        link: 'https://www.gov.kz/memleket',
      },
      // Not the editor's to change: kept as it was, without refusing the notice.
      ministryName: 'Басқа атау',
    })
    expect(on.status, await on.clone().text()).toBe(200)
    expect(await urgentNotice('kk')).toEqual({
      level: 'warning',
      text: WARNING.kk,
      link: 'https://www.gov.kz/memleket',
    })
    // Payload would lend the Kazakh text to the other languages; the site shows them nothing instead.
    const borrowed = await payload.findGlobal({ slug: 'site', locale: 'en', overrideAccess: false })
    expect(borrowed.urgentNotice.text).toBe(WARNING.kk)
    expect(await urgentNotice('en')).toBeNull()
    expect(await urgentNotice('ru')).toBeNull()
    const kk = await payload.findGlobal({ slug: 'site', locale: 'kk' })
    expect(kk.ministryName).toBe('Қазақстан Республикасының Сыртқы істер министрлігі')

    const ru = await save(cookie, 'ru', {
      urgentNotice: { enabled: true, level: 'information', text: WARNING.ru },
    })
    expect(ru.status, await ru.clone().text()).toBe(200)
    expect(await urgentNotice('ru')).toEqual({ level: 'information', text: WARNING.ru, link: null })
    expect((await urgentNotice('kk'))?.text).toBe(WARNING.kk)

    const off = await save(cookie, 'kk', { urgentNotice: { enabled: false } })
    expect(off.status, await off.clone().text()).toBe(200)
    expect(await urgentNotice('kk')).toBeNull()
    expect(await urgentNotice('ru')).toBeNull()
  })

  it('asks for the text in the language being published while the notice is on, in the editor’s language', async () => {
    const cookie = await editorSession()
    const refused = await save(
      cookie,
      'en',
      { urgentNotice: { enabled: true, text: '  ' } },
      { language: 'ru' },
    )
    expect(refused.status).toBe(400)
    expect(await errorMessage(refused)).toBe('Следующее поле недействительно: Срочное сообщение > Текст')
    const body = JSON.stringify(await (await save(cookie, 'en', { urgentNotice: { enabled: true } })).json())
    expect(body).toContain('write its text in this language')
    expect(await urgentNotice('en')).toBeNull()

    // A draft may be unfinished: it is not validated, and visitors do not see it.
    const draft = await save(cookie, 'en', { urgentNotice: { enabled: true, text: '' } }, { draft: true })
    expect(draft.status, await draft.clone().text()).toBe(200)
    expect(await urgentNotice('en')).toBeNull()

    // Switched off, the notice needs no text.
    const off = await save(cookie, 'en', { urgentNotice: { enabled: false, text: '' } })
    expect(off.status, await off.clone().text()).toBe(200)
  })

  it('keeps the notice short and its link to web pages', async () => {
    const cookie = await editorSession()
    const long = await save(cookie, 'ru', {
      urgentNotice: { enabled: true, text: 'а'.repeat(URGENT_NOTICE_MAX_LENGTH + 1) },
    })
    expect(long.status).toBe(400)
    const script = await save(cookie, 'ru', {
      urgentNotice: { enabled: true, text: WARNING.ru, link: 'javascript:alert(1)' },
    })
    expect(script.status).toBe(400)
    expect(JSON.stringify(await script.json())).toContain('https://')
    expect(await urgentNotice('ru')).toBeNull()

    const longest = await save(cookie, 'ru', {
      urgentNotice: { enabled: false, text: 'а'.repeat(URGENT_NOTICE_MAX_LENGTH), link: '' },
    })
    expect(longest.status, await longest.clone().text()).toBe(200)
  })
}
