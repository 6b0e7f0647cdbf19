import type { Field, FieldAccess, GroupField } from 'payload'

import { canPublish } from '@/access/roles'
import { dayAndTime } from '@/fields/dayAndTime'
import { translationText } from '@/i18n/admin/labels/translation'
import { localeNames, locales, type Locale } from '@/i18n/locales'

const staffOnly: FieldAccess = ({ req }) => Boolean(req.user)
const editorsOnly: FieldAccess = ({ req }) => canPublish(req.user)

/** One language's translation state; hooks.ts writes `outdatedSince`, editors the two checkboxes. */
function languageGroup(locale: Locale): GroupField {
  return {
    name: locale,
    label: localeNames[locale],
    type: 'group',
    fields: [
      {
        name: 'outdatedSince',
        label: translationText.outdatedSince,
        type: 'date',
        index: true,
        access: { read: staffOnly },
        admin: { readOnly: true, date: dayAndTime },
      },
      {
        name: 'checked',
        label: translationText.checked,
        type: 'checkbox',
        access: { read: staffOnly, create: editorsOnly, update: editorsOnly },
        admin: {
          description: translationText.checkedDescription,
          condition: (_, siblingData) => Boolean(siblingData?.outdatedSince),
        },
      },
      {
        name: 'notice',
        label: translationText.notice,
        type: 'checkbox',
        access: { create: editorsOnly, update: editorsOnly },
        admin: {
          description: translationText.noticeDescription,
          condition: (_, siblingData) => Boolean(siblingData?.outdatedSince),
        },
      },
    ],
  }
}

/**
 * The source language and each language's translation state. Not localized: a change published in one language
 * marks the others, which a save of that one language can write only in fields shared by all languages.
 */
export const translationFields: Field[] = [
  {
    name: 'sourceLanguage',
    label: translationText.sourceLanguage,
    type: 'select',
    options: locales.map((value) => ({ value, label: localeNames[value] })),
    access: { update: editorsOnly },
    admin: { position: 'sidebar', description: translationText.sourceLanguageDescription },
  },
  {
    name: 'translations',
    label: translationText.translations,
    type: 'group',
    admin: { position: 'sidebar' },
    fields: locales.map(languageGroup),
  },
]
