import type { RichTextField, RichTextFieldValidation } from 'payload'
import { richText } from 'payload/shared'

import { validationAnswer } from '@/i18n/admin/labels/validation'
import { refusedLinkAddresses } from '@/lib/protection/linkAddress'

import { sourceBeside } from './sourceBeside'

/**
 * The addresses of the text's links, then the editor's own checks (whose message for a link is "The following fields
 * are invalid: url", in English): a link to anything but a web page, e-mail or telephone is refused under the field,
 * in the editor's language, naming the address. Pages render such a link as plain text anyway
 * (components/RichText), for texts stored before this check or written around it.
 */
const withAllowedLinks: RichTextFieldValidation = async (value, options) => {
  const refused = refusedLinkAddresses(value)
  if (refused.length === 0) return richText(value, options)
  return `${validationAnswer('linkAddress', options.req.i18n.language)} ${refused.join(', ')}`
}

/** The text of a release or event, in each language. */
export function richTextBody(
  label: RichTextField['label'],
  { required }: { required: boolean },
): RichTextField {
  return {
    name: 'body',
    label,
    type: 'richText',
    localized: true,
    required,
    validate: withAllowedLinks,
    admin: { components: { beforeInput: sourceBeside('body') } },
  }
}
