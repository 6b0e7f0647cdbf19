import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { feedbackText } from '@/i18n/admin/labels/collections'
import { localeNames, locales } from '@/i18n/locales'
import { FEEDBACK_ANSWERS, FEEDBACK_COMMENT_MAX_LENGTH, FEEDBACK_PAGE_MAX_LENGTH } from '@/lib/forms/feedback'

const nobody = () => false

/**
 * Visitors' answers to "Is this page useful?" (components/FeedbackForm). Written only by the form's route handler,
 * through the Local API (app/(frontend)/[view]/[locale]/feedback/route.ts): REST and the admin create nothing here,
 * and an answer is never edited. Editors and administrators read them and delete spam. No personal data: the page,
 * its language, the answer, an optional comment and the time; not the client's address.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: feedbackText.labels,
  access: { read: isEditor, create: nobody, update: nobody, delete: isEditor },
  admin: {
    useAsTitle: 'page',
    defaultColumns: ['page', 'answer', 'language', 'createdAt'],
    description: feedbackText.description,
  },
  // Nobody edits an answer, so no one needs to be told that someone else is.
  lockDocuments: false,
  fields: [
    {
      name: 'page',
      label: feedbackText.page,
      type: 'text',
      required: true,
      maxLength: FEEDBACK_PAGE_MAX_LENGTH,
      index: true,
    },
    {
      name: 'answer',
      label: feedbackText.answer,
      type: 'select',
      required: true,
      options: FEEDBACK_ANSWERS.map((answer) => ({ value: answer, label: feedbackText.answers[answer] })),
    },
    {
      name: 'language',
      label: feedbackText.language,
      type: 'select',
      required: true,
      options: locales.map((locale) => ({ value: locale, label: localeNames[locale] })),
    },
    {
      name: 'comment',
      label: feedbackText.comment,
      type: 'textarea',
      maxLength: FEEDBACK_COMMENT_MAX_LENGTH,
    },
  ],
}
