import { describe, expect, it } from 'vitest'

import { confirmationMail, releaseAlertMail } from './subscriptionMail'

const alert = {
  to: 'reader@example.kz',
  title: 'Министр <b>кездесті</b>',
  summary: 'Қысқаша & нақты',
  releaseUrl: 'https://mfa.test/kk/press-releases/x',
  unsubscribeUrl: 'https://mfa.test/kk/subscribe/unsubscribe?token=a.b',
  messageId: '<alert-1-2@mfa.test>',
}

describe('the messages of the subscription service', () => {
  it('an alert is in the subscriber’s language, escaped, with a one-click unsubscribe (RFC 8058)', () => {
    const kk = releaseAlertMail({ ...alert, language: 'kk' })
    expect(kk.subject).toBe('Баспасөз релизі: Министр <b>кездесті</b>')
    expect(kk.html).toContain('lang="kk"')
    expect(kk.html).toContain('Министр &#60;b&#62;кездесті&#60;/b&#62;')
    expect(kk.html).not.toContain('<b>')
    expect(kk.text).toContain(alert.releaseUrl)
    expect(kk.text).toContain(`Жазылымнан шығу: ${alert.unsubscribeUrl}`)
    expect(kk.headers).toEqual({
      'List-Unsubscribe': `<${alert.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
    expect(releaseAlertMail({ ...alert, language: 'ru' }).subject).toMatch(/^Пресс-релиз: /)
    expect(releaseAlertMail({ ...alert, language: 'en' }).subject).toMatch(/^Press release: /)
  })

  it('a confirmation names the language and topic asked for, and how long the link works', () => {
    const request = { to: 'reader@example.kz', confirmUrl: 'https://mfa.test/ru/subscribe/confirm?token=x.y' }
    const ru = confirmationMail({ ...request, language: 'ru', topicName: null })
    expect(ru.subject).toBe('Подтвердите подписку на пресс-релизы')
    expect(ru.text).toContain('на русском языке (все темы)')
    expect(ru.text).toContain('72\u00a0часа')
    const kk = confirmationMail({ ...request, language: 'kk', topicName: 'Сауда' })
    expect(kk.text).toContain('қазақ тіліндегі')
    expect(kk.text).toContain(request.confirmUrl)
    expect(kk.text).toContain('(Сауда)')
  })
})
