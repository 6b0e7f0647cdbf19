import type { DefaultTranslationsObject, Language } from '@payloadcms/translations'

import { KAZAKH_DATE_FNS_KEY } from '../dateLocale'
import { authentication } from './authentication'
import { dashboard } from './dashboard'
import { error } from './error'
import { fields } from './fields'
import { folder } from './folder'
import { general } from './general'
import { localization } from './localization'
import { operators } from './operators'
import { upload } from './upload'
import { validation } from './validation'
import { version } from './version'

/** Payload's admin strings in Kazakh: every key of its English, so a key Payload adds fails the type check. */
export const kkTranslations: DefaultTranslationsObject = {
  authentication,
  dashboard,
  error,
  fields,
  folder,
  general,
  localization,
  operators,
  upload,
  validation,
  version,
}

export const kk: Language = { dateFNSKey: KAZAKH_DATE_FNS_KEY, translations: kkTranslations }

export { lexical as kkLexical } from './lexical'
