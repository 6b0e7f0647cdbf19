// E-mail alerts, on the engine of the Vitest project, through a real SMTP server on 127.0.0.1: subscribing, confirming,
// the alert a first publication sends, retries after a mail-server failure, leaving.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import {
  confirmSubscription,
  endSubscription,
  MAIL_QUEUE,
  requestSubscription,
} from '@/lib/mail/subscriptions'
import { confirmationToken, readConfirmationToken, readUnsubscribeToken } from '@/lib/mail/subscriptionTokens'
import en from '@/messages/en.json'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'
import { paragraphsToRichText } from '@/seed/richText'

import type { TestDatabase } from './helpers/databases'
import { testEngine } from './helpers/engine'
import { dueNow } from './helpers/jobs'
import { mailPort } from './helpers/mailPort'
import { headerOf, linkIn, TestMailServer } from './helpers/mailServer'
import { startPayload, stopPayload } from './helpers/payload'
import { rest } from './security/rest'

const { kind, createDatabase } = testEngine()

const SITE = 'http://alerts.test'
const SECRET = 'integration-test-secret'

describe(`e-mail alerts on ${kind}`, () => {
  const mail = new TestMailServer(mailPort(kind === 'sqlite' ? 1 : 2))
  let database: TestDatabase
  let payload: Payload
  const topics: Record<'trade' | 'consular', number> = { trade: 0, consular: 0 }
  let counter = 0

  beforeAll(async () => {
    await mail.start()
    Object.assign(process.env, {
      SITE_URL: SITE,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mail.port),
      SMTP_FROM: 'ҚР СІМ <press@mfa.test>',
    })
    database = await createDatabase()
    payload = await startPayload(database.uri, kind)
    for (const [key, name] of [
      ['trade', 'Сауда'],
      ['consular', 'Консулдық мәселелер'],
    ] as const) {
      const topic = await payload.create({
        collection: 'topics',
        locale: 'kk',
        data: { name, slug: `${key}-${kind}`, _status: 'published' },
        context: { disableRevalidate: true },
      })
      topics[key] = topic.id
    }
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
    await mail.stop()
  })

  const runMail = () => payload.jobs.run({ queue: MAIL_QUEUE })
  const address = (name: string) => `${name}-${kind}-${++counter}@example.kz`

  /** Confirmed through the same path a visitor's click takes. */
  async function subscriber(language: Locale, topic: number | null = null) {
    const email = address(`${language}-${topic ?? 'all'}`)
    await confirmSubscription(payload, { email, language, topic })
    return email
  }

  async function draftRelease(language: Locale, topic?: number) {
    const slug = `alert-${kind}-${++counter}`
    return payload.create({
      collection: 'press-releases',
      locale: language,
      draft: true,
      context: { disableRevalidate: true },
      data: {
        slug,
        title: `${language} ${slug}`,
        summary: `Summary ${slug}`,
        body: paragraphsToRichText(['Мәтін']),
        publishedAt: new Date().toISOString(),
        topics: topic ? [topic] : [],
        _status: 'draft',
      },
    })
  }

  /** Every staff publish of this suite goes through here (a review step may require more of it). */
  function publish(id: number, language: Locale, data: { title?: string } = {}) {
    return payload.update({
      collection: 'press-releases',
      id,
      locale: language,
      context: { disableRevalidate: true },
      data: { ...data, _status: 'published' },
    })
  }

  it('mails a confirmation in the chosen language, and stores nothing until it is followed', async () => {
    const email = address('visitor')
    for (const language of ['kk', 'ru', 'en'] as const) {
      await requestSubscription(payload, {
        email,
        language,
        topic: language === 'kk' ? topics.trade : null,
      })
    }
    await runMail()
    const messages = await mail.waitFor(email, 3)
    const subjects = {
      kk: kk.AlertMail.confirmSubject,
      ru: ru.AlertMail.confirmSubject,
      en: en.AlertMail.confirmSubject,
    }
    for (const language of ['kk', 'ru', 'en'] as const) {
      const message = messages.find((candidate) => candidate.subject === subjects[language])
      expect(message, language).toBeDefined()
      expect(message?.html).toContain(`lang="${language}"`)
      expect(message?.from?.value[0]?.address).toBe('press@mfa.test')
      const link = linkIn(message!, `${SITE}/${language}/subscribe/confirm?token=`)
      const request = readConfirmationToken(new URL(link).searchParams.get('token') ?? '', SECRET)
      expect(request).toEqual({ email, language, topic: language === 'kk' ? topics.trade : null })
    }
    expect(messages.find((m) => m.subject === subjects.kk)?.text).toContain('Сауда')
    const stored = await payload.count({ collection: 'subscribers', where: { email: { equals: email } } })
    expect(stored.totalDocs).toBe(0)

    // Following the link twice (a second click, a forwarded message) keeps one subscription.
    const kkLink = linkIn(
      messages.find((m) => m.subject === subjects.kk)!,
      `${SITE}/kk/`,
    )
    const request = readConfirmationToken(new URL(kkLink).searchParams.get('token') ?? '', SECRET)
    if (typeof request === 'string') throw new Error(request)
    await confirmSubscription(payload, request)
    await confirmSubscription(payload, request)
    const after = await payload.find({ collection: 'subscribers', where: { email: { equals: email } } })
    expect(
      after.docs.map((doc) => [
        doc.language,
        doc.topic && typeof doc.topic === 'object' ? doc.topic.id : doc.topic,
      ]),
    ).toEqual([['kk', topics.trade]])
  })

  it('refuses an expired or forged confirmation link', () => {
    const link = { email: 'x@example.kz', language: 'kk' as const, topic: null }
    const token = confirmToken(link, Date.now() - 73 * 3600 * 1000)
    expect(readConfirmationToken(token, SECRET)).toBe('expired')
    expect(readConfirmationToken(confirmToken(link), 'another secret')).toBe('invalid')
    expect(readConfirmationToken(`${token.split('.')[0]}.AAAA`, SECRET)).toBe('invalid')
  })

  it('a first publication in Kazakh alerts Kazakh subscribers of no topic or its topic, once', async () => {
    const everything = await subscriber('kk')
    const trade = await subscriber('kk', topics.trade)
    const consular = await subscriber('kk', topics.consular)
    const russian = await subscriber('ru')
    const release = await draftRelease('kk', topics.trade)
    await runMail()
    expect(mail.to(everything)).toHaveLength(0)

    await publish(release.id, 'kk')
    await runMail()
    const [alert] = await mail.waitFor(everything)
    await mail.waitFor(trade)
    expect(mail.to(consular)).toHaveLength(0)
    expect(mail.to(russian)).toHaveLength(0)
    expect(alert?.subject).toBe(`Баспасөз релизі: ${release.title}`)
    expect(alert?.text).toContain(`Summary ${release.slug}`)
    expect(alert?.text).toContain(`${SITE}/kk/press-releases/${release.slug}`)
    const unsubscribe = linkIn(alert!, `${SITE}/kk/subscribe/unsubscribe?token=`)
    expect(headerOf(alert!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
    expect(headerOf(alert!, 'List-Unsubscribe')).toBe(`<${unsubscribe}>`)

    // Re-saving the published release, even retitled, sends nothing more.
    await publish(release.id, 'kk', { title: `${release.title} (edited)` })
    await runMail()
    expect(mail.to(everything)).toHaveLength(1)
    expect(mail.to(trade)).toHaveLength(1)

    // Its first publication in Russian alerts the Russian subscriber, in Russian.
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'ru',
      draft: true,
      context: { disableRevalidate: true },
      data: { title: 'Русский текст', summary: 'Кратко', body: paragraphsToRichText(['Текст']) },
    })
    await publish(release.id, 'ru')
    await runMail()
    const [russianAlert] = await mail.waitFor(russian)
    expect(russianAlert?.subject).toBe('Пресс-релиз: Русский текст')
    expect(mail.to(everything)).toHaveLength(1)
  })

  it('a scheduled publication alerts too, from the job that publishes', async () => {
    const reader = await subscriber('en')
    const release = await draftRelease('en')
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: dueNow(),
      input: { type: 'publish', locale: 'en', doc: { relationTo: 'press-releases', value: release.id } },
    })
    await payload.jobs.run()
    await runMail()
    const [alert] = await mail.waitFor(reader)
    expect(alert?.subject).toBe(`Press release: ${release.title}`)
  })

  it('a failing, then stopped mail server: retries resume after the last message sent, each sent once', async () => {
    // Russian subscribers from the tests before come first (by id), then these three.
    const earlier = await payload.count({
      collection: 'subscribers',
      where: { language: { equals: 'ru' } },
    })
    const readers = [await subscriber('ru'), await subscriber('ru'), await subscriber('ru')]
    const release = await draftRelease('ru')
    const counts = () => readers.map((reader) => mail.to(reader).length)
    mail.acceptBeforeFailing = earlier.totalDocs + 1
    try {
      await publish(release.id, 'ru')
      await runMail()
      expect(counts()).toEqual([1, 0, 0])

      await mail.stop()
      await makeMailDue()
      await runMail()
      expect(counts()).toEqual([1, 0, 0])
    } finally {
      mail.acceptBeforeFailing = Infinity
      await mail.start().catch(() => {})
    }
    await makeMailDue()
    await runMail()
    expect(counts()).toEqual([1, 1, 1])
    await makeMailDue()
    await runMail()
    expect(counts()).toEqual([1, 1, 1])
  })

  it('publishing does not wait for a mail server that is down', async () => {
    const reader = await subscriber('en')
    const release = await draftRelease('en')
    await mail.stop()
    try {
      const started = Date.now()
      await publish(release.id, 'en')
      expect(Date.now() - started).toBeLessThan(5000)
      expect(mail.to(reader)).toHaveLength(0)
    } finally {
      await mail.start()
    }
    await runMail()
    await mail.waitFor(reader)
  })

  it('a release withdrawn before its alert goes out is not announced', async () => {
    const reader = await subscriber('kk')
    const release = await draftRelease('kk')
    await publish(release.id, 'kk')
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'kk',
      context: { disableRevalidate: true },
      data: { withdrawn: true, withdrawalExplanation: 'Мәтін қате жарияланды.' },
    })
    await runMail()
    expect(mail.to(reader)).toHaveLength(0)
    const dispatches = await payload.find({
      collection: 'alert-dispatches',
      where: { release: { equals: release.id } },
    })
    expect(dispatches.docs.map((dispatch) => Boolean(dispatch.finishedAt))).toEqual([true])
  })

  it('a password reset asked for while the mail server is away answers at once, as for no account, and is mailed later', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: {
        email: address('editor'),
        password: 'a long test password',
        name: 'Редактор',
        role: 'editor',
      },
    })
    const ask = async (email: string) => {
      const response = await rest('POST', '/users/forgot-password', { json: { email } })
      return `${response.status} ${await response.text()}`
    }
    await mail.stop()
    try {
      const started = Date.now()
      const answers = [await ask(editor.email), await ask(address('nobody'))]
      expect(Date.now() - started).toBeLessThan(5000)
      expect(answers[0]).toMatch(/^200 /)
      expect(answers[1]).toBe(answers[0])
      await runMail()
      expect(mail.to(editor.email)).toHaveLength(0)
    } finally {
      await mail.start()
    }
    await makeMailDue()
    await runMail()
    const [reset] = await mail.waitFor(editor.email)
    expect(reset?.html).toContain('/admin/reset/')
  })

  it("the alert's unsubscribe link ends that subscription, and no more alerts come", async () => {
    const reader = await subscriber('kk')
    await publish((await draftRelease('kk')).id, 'kk')
    await runMail()
    const [alert] = await mail.waitFor(reader)
    const link = linkIn(alert!, `${SITE}/kk/subscribe/unsubscribe?token=`)
    const id = readUnsubscribeToken(new URL(link).searchParams.get('token') ?? '', SECRET)
    expect(id).not.toBeNull()
    await endSubscription(payload, id!)
    await endSubscription(payload, id!)
    expect(
      (await payload.count({ collection: 'subscribers', where: { email: { equals: reader } } })).totalDocs,
    ).toBe(0)
    await publish((await draftRelease('kk')).id, 'kk')
    await runMail()
    expect(mail.to(reader)).toHaveLength(1)
    expect(readUnsubscribeToken(`${link.split('token=')[1]?.split('.')[0]}.AAAA`, SECRET)).toBeNull()
  })

  it('deleting a topic ends its subscriptions, and leaves the others', async () => {
    const topic = await payload.create({
      collection: 'topics',
      locale: 'kk',
      data: { name: 'Уақытша', slug: `temporary-${kind}`, _status: 'published' },
      context: { disableRevalidate: true },
    })
    const onTopic = await subscriber('kk', topic.id)
    const onAll = await subscriber('kk')
    await payload.delete({ collection: 'topics', id: topic.id, context: { disableRevalidate: true } })
    const left = await payload.find({
      collection: 'subscribers',
      where: { email: { in: [onTopic, onAll] } },
    })
    expect(left.docs.map((doc) => doc.email)).toEqual([onAll])
  })

  async function makeMailDue() {
    await payload.update({
      collection: 'payload-jobs',
      where: { queue: { equals: MAIL_QUEUE }, completedAt: { exists: false } },
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
  }
})

function confirmToken(request: { email: string; language: Locale; topic: number | null }, now?: number) {
  return confirmationToken(request, SECRET, now)
}
