// "Is this page useful?": what is kept of an answer, the comment's length, and who reaches the answers through REST.
import { expect, it } from 'vitest'

import { FEEDBACK_COMMENT_MAX_LENGTH, readFeedbackForm, recordFeedback } from '@/lib/forms/feedback'

import { PASSWORD, type SecurityContext } from '../security/context'
import { rest, signIn, SITE } from '../security/rest'

const form = (fields: Record<string, string>) => new URLSearchParams(fields)

export function feedbackTests(context: () => SecurityContext) {
  async function session(role: 'author' | 'editor' | 'admin') {
    const user = await context().staff(role)
    const cookie = await signIn(user.email, PASSWORD, context().client())
    return { Cookie: cookie, Origin: SITE }
  }

  it('keeps the page, its language, the answer, the comment and the time, and nothing about the visitor', async () => {
    const { payload } = context()
    const read = readFeedbackForm(
      form({
        page: '/ru/press-releases/peregovory-v-astane?utm=mail',
        answer: 'no',
        comment: ' Нет даты визита.\r\n ',
      }),
      'ru',
    )
    if (!('submission' in read)) throw new Error(`Refused: ${read.problem}`)
    await recordFeedback(payload, read.submission)
    const { docs } = await payload.find({
      collection: 'feedback',
      where: { page: { equals: '/ru/press-releases/peregovory-v-astane' } },
    })
    expect(docs).toHaveLength(1)
    const [stored] = docs
    expect(Object.keys(stored!).sort()).toEqual(
      ['answer', 'comment', 'createdAt', 'id', 'language', 'page', 'updatedAt'].sort(),
    )
    expect(stored).toMatchObject({ language: 'ru', answer: 'no', comment: 'Нет даты визита.' })
    expect(Date.now() - new Date(stored!.createdAt).getTime()).toBeLessThan(60_000)

    const yes = readFeedbackForm(form({ page: '/kk/events/forum', answer: 'yes', comment: '' }), 'kk')
    expect(yes).toEqual({
      submission: { page: '/kk/events/forum', language: 'kk', answer: 'yes', comment: null },
    })
  })

  it('takes only answers about a page of this site in the language it was given in', () => {
    const problem = (fields: Record<string, string>) => {
      const read = readFeedbackForm(form(fields), 'kk')
      return 'problem' in read ? read.problem : null
    }
    expect(problem({ page: 'https://evil.example/kk', answer: 'yes' })).toBe('page')
    expect(problem({ page: '//evil.example/kk', answer: 'yes' })).toBe('page')
    expect(problem({ page: '/ru/events', answer: 'yes' })).toBe('page')
    expect(problem({ page: '/admin', answer: 'yes' })).toBe('page')
    expect(problem({ answer: 'yes' })).toBe('page')
    expect(problem({ page: '/kk/events', answer: 'maybe' })).toBe('answer')
    expect(problem({ page: '/kk/events' })).toBe('answer')
    expect(problem({ page: '/kk/events', answer: 'yes' })).toBeNull()
  })

  it(`refuses a comment longer than ${FEEDBACK_COMMENT_MAX_LENGTH} characters, in the form and in the collection`, async () => {
    const { payload } = context()
    const longest = 'ә'.repeat(FEEDBACK_COMMENT_MAX_LENGTH)
    const longer = `${longest}ә`
    expect(readFeedbackForm(form({ page: '/kk', answer: 'no', comment: longer }), 'kk')).toEqual({
      problem: 'comment',
    })
    const read = readFeedbackForm(form({ page: '/kk', answer: 'no', comment: longest }), 'kk')
    expect(read).toMatchObject({ submission: { comment: longest } })

    await expect(
      payload.create({
        collection: 'feedback',
        data: { page: '/kk', language: 'kk', answer: 'no', comment: longer },
      }),
    ).rejects.toThrow(/Comment/)
    const stored = await payload.create({
      collection: 'feedback',
      data: { page: '/kk', language: 'kk', answer: 'no', comment: longest },
    })
    expect(stored.comment).toHaveLength(FEEDBACK_COMMENT_MAX_LENGTH)
  })

  it('lets no one write answers through REST, and only editors and administrators read them', async () => {
    const { payload } = context()
    const answer = await payload.create({
      collection: 'feedback',
      data: { page: '/en/events', language: 'en', answer: 'yes' },
    })
    const count = async () => (await payload.count({ collection: 'feedback' })).totalDocs
    const before = await count()
    const data = { page: '/en/events', language: 'en', answer: 'no', comment: 'Spam' }

    // A visitor: nothing, whichever way.
    expect((await rest('POST', '/feedback', { json: data })).status).toBe(403)
    for (const path of ['/feedback', `/feedback/${answer.id}`, '/feedback/count']) {
      const response = await rest('GET', path)
      expect(response.status, path).toBe(403)
      expect(await response.text(), path).not.toContain('/en/events')
    }
    expect((await rest('PATCH', `/feedback/${answer.id}`, { json: { answer: 'no' } })).status).toBe(403)
    expect((await rest('DELETE', `/feedback/${answer.id}`)).status).toBe(403)

    // An author writes the news, not reads the readers.
    const author = await session('author')
    expect((await rest('GET', '/feedback', { headers: author })).status).toBe(403)

    // Editors read them and remove spam, but make up no answers and change none; neither do administrators.
    const editor = await session('editor')
    const list = await rest('GET', '/feedback?sort=-createdAt', { headers: editor })
    expect(list.status).toBe(200)
    expect(((await list.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id)).toContain(answer.id)
    expect((await rest('POST', '/feedback', { json: data, headers: editor })).status).toBe(403)
    const admin = await session('admin')
    expect((await rest('POST', '/feedback', { json: data, headers: admin })).status).toBe(403)
    const edit = await rest('PATCH', `/feedback/${answer.id}`, { json: { answer: 'no' }, headers: admin })
    expect(edit.status).toBe(403)
    expect(await count()).toBe(before)
    expect((await payload.findByID({ collection: 'feedback', id: answer.id })).answer).toBe('yes')

    expect((await rest('DELETE', `/feedback/${answer.id}`, { headers: editor })).status).toBe(200)
    expect(await count()).toBe(before - 1)
  })
}
