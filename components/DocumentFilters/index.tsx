import { getTranslations } from 'next-intl/server'

import { DOCUMENT_TYPES, type DocumentType } from '@/collections/Documents/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { paths } from '@/lib/paths'

interface Props {
  locale: Locale
  years: number[]
  type?: DocumentType
  year?: number
}

/** A plain GET form: filters work without JavaScript, and a filtered list has its own address. */
export async function DocumentFilters({ locale, years, type, year }: Props) {
  const [t, types] = await Promise.all([
    getTranslations({ locale, namespace: 'Documents' }),
    getTranslations({ locale, namespace: 'DocumentType' }),
  ])
  const field = 'mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base'
  return (
    <form
      method="get"
      action={getPathname({ href: paths.documents(), locale })}
      aria-label={t('filters')}
      className="mt-6 flex flex-wrap items-end gap-4 rounded-lg bg-slate-50 p-4 print:hidden"
    >
      <label className="min-w-[min(14rem,100%)] flex-1 text-sm font-medium text-slate-800">
        {t('type')}
        <select name="type" defaultValue={type ?? ''} className={field}>
          <option value="">{t('allTypes')}</option>
          {DOCUMENT_TYPES.map((option) => (
            <option key={option} value={option}>
              {types(option)}
            </option>
          ))}
        </select>
      </label>
      <label className="min-w-[min(10rem,100%)] text-sm font-medium text-slate-800">
        {t('year')}
        <select name="year" defaultValue={year ? String(year) : ''} className={field}>
          <option value="">{t('allYears')}</option>
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded bg-ministry-700 px-5 py-2 font-semibold text-white hover:bg-ministry-800"
      >
        {t('apply')}
      </button>
    </form>
  )
}
