import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

import { RefreshOnSave } from './RefreshOnSave.client'

/** Tells staff they are looking at a draft, and takes them back to the published page. */
export async function PreviewBanner({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: 'Preview' })
  const exit = `/api/preview/exit?${new URLSearchParams({ path: `/${locale}${path}` }).toString()}`
  return (
    <div role="status" className="mb-6 rounded border-2 border-amber-500 bg-amber-50 p-4 text-amber-950">
      <p>{t('notice')}</p>
      <a href={exit} className="mt-2 inline-block font-semibold underline">
        {t('exit')}
      </a>
      <RefreshOnSave />
    </div>
  )
}
