// Every text the portal ships, gathered for the glossary's test: the interface's messages, the admin's labels and
// its Kazakh translation, the demo content (the bulk archive's templates included) and the e-mails as sent.
import { kkLexical, kkTranslations } from '@/i18n/admin/kk'
import * as collectionLabels from '@/i18n/admin/labels/collections'
import * as publicationLabels from '@/i18n/admin/labels/publication'
import { refusalMessages } from '@/i18n/admin/labels/refusals'
import * as sharedLabels from '@/i18n/admin/labels/shared'
import { siteText, socialNetworkNames } from '@/i18n/admin/labels/site'
import { validationMessages } from '@/i18n/admin/labels/validation'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import { confirmationMail, releaseAlertMail } from '@/lib/mail/subscriptionMail'
import en from '@/messages/en.json'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'
import { eventTemplates, openingDate, partners, releaseClosing, releaseTemplates } from '@/seed/content/bulk'
import { documents } from '@/seed/content/documents'
import { events } from '@/seed/content/events'
import { pressReleases } from '@/seed/content/press-releases'
import { site } from '@/seed/content/site'
import { topics } from '@/seed/content/topics'

import type { ShippedText } from './check'

/** The strings of a tree, each in the language its nearest `kk`/`ru`/`en` key names (or `locale`, if given). */
export function textsOf(tree: unknown, where: string, locale?: Locale): ShippedText[] {
  if (typeof tree === 'string') return locale ? [{ locale, where, text: tree }] : []
  if (Array.isArray(tree)) return tree.flatMap((item, index) => textsOf(item, `${where}[${index}]`, locale))
  if (tree && typeof tree === 'object')
    return Object.entries(tree).flatMap(([key, value]) =>
      textsOf(value, `${where}.${key}`, isLocale(key) ? key : locale),
    )
  return []
}

const messages = { kk, ru, en }

function interfaceTexts(): ShippedText[] {
  return locales.flatMap((locale) => textsOf(messages[locale], `messages/${locale}.json`, locale))
}

function adminTexts(): ShippedText[] {
  return [
    ...textsOf(collectionLabels, 'i18n/admin/labels/collections'),
    ...textsOf(publicationLabels, 'i18n/admin/labels/publication'),
    ...textsOf(refusalMessages, 'i18n/admin/labels/refusals'),
    ...textsOf(sharedLabels, 'i18n/admin/labels/shared'),
    ...textsOf({ siteText, socialNetworkNames }, 'i18n/admin/labels/site'),
    ...textsOf(validationMessages, 'i18n/admin/labels/validation'),
    ...textsOf(kkTranslations, 'i18n/admin/kk', 'kk'),
    ...textsOf(kkLexical, 'i18n/admin/kk/lexical', 'kk'),
  ]
}

function seedTexts(): ShippedText[] {
  const talks = new Date('2026-02-13T10:00:00Z')
  const on = { kk: openingDate(talks, 'kk'), ru: openingDate(talks, 'ru'), en: openingDate(talks, 'en') }
  return [
    ...textsOf(pressReleases, 'seed/content/press-releases'),
    ...textsOf(events, 'seed/content/events'),
    ...textsOf(documents, 'seed/content/documents'),
    ...textsOf(topics, 'seed/content/topics'),
    ...textsOf(site, 'seed/content/site'),
    ...textsOf(releaseClosing, 'seed/content/bulk releaseClosing'),
    ...partners.flatMap((partner) => [
      ...releaseTemplates.flatMap((template) =>
        textsOf(template.text(partner, on), `seed/content/bulk ${template.key} ${partner.key}`),
      ),
      ...eventTemplates.flatMap((template) =>
        textsOf(template.text(partner), `seed/content/bulk ${template.key} ${partner.key}`),
      ),
    ]),
  ]
}

function mailTexts(): ShippedText[] {
  return locales.flatMap((language) => {
    const confirmation = confirmationMail({
      to: 'reader@example.kz',
      language,
      topicName: null,
      confirmUrl: 'https://mfa.test/confirm',
    })
    const alert = releaseAlertMail({
      to: 'reader@example.kz',
      language,
      title: 'Title',
      summary: 'Summary',
      releaseUrl: 'https://mfa.test/release',
      unsubscribeUrl: 'https://mfa.test/unsubscribe',
      messageId: '<alert@mfa.test>',
    })
    return [
      { locale: language, where: `lib/mail confirmation (${language})`, text: confirmation.subject },
      { locale: language, where: `lib/mail confirmation (${language})`, text: confirmation.text },
      {
        locale: language,
        where: `lib/mail alert (${language})`,
        text: alert.text.replace(/^Title\n\nSummary/, ''),
      },
    ]
  })
}

export function shippedTexts(): ShippedText[] {
  return [...interfaceTexts(), ...adminTexts(), ...seedTexts(), ...mailTexts()]
}
