import type { GroupField, TextareaFieldValidation } from 'payload'
import { textarea } from 'payload/shared'

import { httpUrlField } from '@/fields/safeUrl'
import { siteText } from '@/i18n/admin/labels/site'
import { validationAnswer } from '@/i18n/admin/labels/validation'

export const URGENT_NOTICE_LEVELS = ['warning', 'information'] as const
export type UrgentNoticeLevel = (typeof URGENT_NOTICE_LEVELS)[number]

/** One or two sentences: the notice sits above every page's header, also on a phone. */
export const URGENT_NOTICE_MAX_LENGTH = 300

/**
 * A notice that is on must say something in the language being published: an editor who switches it on, or
 * publishes a language while it is on, is asked for that language's text rather than leaving its visitors without the
 * warning. Drafts are not validated. Languages never published with a text show no notice at all (lib/reads/urgentNotice.ts).
 */
const requiredWhileOn: TextareaFieldValidation = (value, options) => {
  const { enabled } = (options.siblingData ?? {}) as { enabled?: unknown }
  if (enabled === true && (typeof value !== 'string' || value.trim() === ''))
    return validationAnswer('urgentNoticeText', options.req.i18n.language)
  return textarea(value, options)
}

/** The notice at the top of every public page (components/UrgentNotice): on or off, its kind, text and link. */
export const urgentNoticeField: GroupField = {
  name: 'urgentNotice',
  label: siteText.urgentNotice,
  type: 'group',
  admin: { description: siteText.urgentNoticeDescription },
  fields: [
    {
      name: 'enabled',
      label: siteText.urgentNoticeEnabled,
      type: 'checkbox',
      defaultValue: false,
      required: true,
    },
    {
      name: 'level',
      label: siteText.urgentNoticeLevel,
      type: 'select',
      required: true,
      defaultValue: 'warning',
      options: URGENT_NOTICE_LEVELS.map((level) => ({
        value: level,
        label: siteText.urgentNoticeLevels[level],
      })),
    },
    {
      name: 'text',
      label: siteText.urgentNoticeText,
      type: 'textarea',
      localized: true,
      maxLength: URGENT_NOTICE_MAX_LENGTH,
      validate: requiredWhileOn,
      admin: { description: siteText.urgentNoticeTextDescription, rows: 3 },
    },
    {
      ...httpUrlField('link', siteText.urgentNoticeLink, siteText.urgentNoticeLinkDescription),
      localized: true,
    },
  ],
}
