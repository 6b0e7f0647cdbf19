import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // CMS pages exist in some languages only; the pages themselves announce their real alternates.
  alternateLinks: false,
})
