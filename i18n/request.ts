import { getRequestConfig } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'

import { routing } from './routing'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = isLocale(requested) ? requested : routing.defaultLocale
  return {
    locale,
    timeZone: 'Asia/Almaty',
    messages: (await import(`../messages/${locale}.json`)).default,
  }
})
