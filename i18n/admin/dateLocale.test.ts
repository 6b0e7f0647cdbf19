import { importDateFNSLocale } from '@payloadcms/translations'
import { format } from 'date-fns'
import { describe, expect, it } from 'vitest'

import { kazakhDateLocale, KAZAKH_DATE_FNS_KEY } from './dateLocale'
import { ta } from './dateLocaleForPayload'

const talks = new Date(2026, 1, 13, 14, 21)

describe('dates in the Kazakh admin', () => {
  it('read as the ministry writes them, with the admin’s date format', () => {
    expect(format(talks, 'PPPp', { locale: kazakhDateLocale })).toBe('2026 жылғы 13 ақпан, 14:21')
    expect(format(talks, 'PPPP', { locale: kazakhDateLocale })).toBe('2026 жылғы 13 ақпан, жұма')
    expect(format(talks, 'P', { locale: kazakhDateLocale })).toBe('13.02.2026')
  })

  it('reach Payload through the borrowed key, which the build sends to our module', async () => {
    // Unaliased, as here, the key loads Tamil: the path it imports is the one the build must redirect.
    expect((await importDateFNSLocale(KAZAKH_DATE_FNS_KEY)).code).toBe('ta')
    const { nextConfig } = await import('@/next.config.mjs')
    expect(nextConfig.turbopack?.resolveAlias).toMatchObject({
      'date-fns/locale/ta': './i18n/admin/dateLocaleForPayload.ts',
    })
    expect(ta).toBe(kazakhDateLocale)
  })
})
