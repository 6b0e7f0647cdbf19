// Links in a release's text lead to web pages, e-mail or telephone only: anything else is refused on publishing.
import { expect, it } from 'vitest'

import { WITHOUT_REVIEW } from '@/e2e/helpers/withoutReview'
import { richTextWithLink } from '@/seed/richText'

import { PASSWORD, type SecurityContext } from './context'
import { rest } from './rest'

export function richTextLinkTests(context: () => SecurityContext) {
  const publish = async (type: 'link' | 'autolink', url: string, language: string) => {
    const { payload } = context()
    const editor = await context().staff('editor')
    const { token } = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: PASSWORD },
    })
    return rest('POST', '/press-releases?locale=kk', {
      json: {
        title: 'Сілтемесі бар хабарлама',
        slug: context().unique('linked'),
        summary: 'Қысқаша',
        body: richTextWithLink({ before: 'Толығырақ: ', text: 'мәлімдеме', url, type }),
        publishedAt: '2020-02-01T05:00:00.000Z',
        _status: 'published',
        ...WITHOUT_REVIEW,
      },
      headers: { Authorization: `JWT ${token}`, Cookie: `payload-lng=${language}` },
    })
  }
  const fieldErrors = async (answer: Response) =>
    ((await answer.json()) as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] })
      .errors?.[0]?.data?.errors ?? []

  it('refuses to publish a text linking to script or data, under the field and in the editor’s language', async () => {
    const typed = await publish('link', 'javascript:alert(document.cookie)', 'ru')
    expect(typed.status).toBe(400)
    expect(await fieldErrors(typed)).toEqual([
      {
        path: 'body',
        label: 'Текст',
        message:
          'Ссылки в тексте могут вести только на адреса, начинающиеся с http://, https://, mailto: или tel:. Исправьте адрес: javascript:alert(document.cookie)',
      },
    ])
    const pasted = await publish('autolink', ' data:text/html,<script>alert(1)</script>', 'kk')
    expect(pasted.status).toBe(400)
    expect((await fieldErrors(pasted))[0]).toMatchObject({
      path: 'body',
      message: expect.stringMatching(/^Мәтіндегі сілтемелер тек http:\/\/, https:\/\/, mailto: немесе tel: /),
    })
    const stored = await context().payload.find({
      collection: 'press-releases',
      where: { title: { equals: 'Сілтемесі бар хабарлама' } },
      locale: 'kk',
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('publishes a text linking to a web page, an e-mail address or a telephone', async () => {
    for (const url of [
      'https://www.gov.kz/memleket/entities/mfa',
      'mailto:press@mfa.kz',
      'tel:+77172720518',
    ]) {
      expect((await publish('link', url, 'en')).status, url).toBe(201)
    }
  })
}
