import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { paths } from '@/lib/pages/paths'
import { MAX_QUERY_LENGTH } from '@/lib/search/foldText'

interface Props {
  locale: Locale
  query?: string
  /** The header's compact form, or the search page's large one. */
  size: 'compact' | 'large'
}

/** A plain GET form: search works without JavaScript, and results have their own address. */
export async function SearchForm({ locale, query, size }: Props) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  const id = `search-${size}`
  const large = size === 'large'
  return (
    <form
      role="search"
      aria-label={t('label')}
      method="get"
      action={getPathname({ href: paths.search(), locale })}
      className="flex w-full max-w-xl items-stretch gap-2"
    >
      <label htmlFor={id} className="sr-only">
        {t('field')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        placeholder={large ? undefined : t('label')}
        maxLength={MAX_QUERY_LENGTH}
        className={`w-full min-w-0 flex-1 rounded border px-3 ${large ? 'border-slate-400 py-2.5 text-lg' : 'border-white/40 bg-white py-1.5 text-slate-900'}`}
      />
      <button
        type="submit"
        className={`rounded px-4 font-semibold ${large ? 'bg-ministry-700 text-white hover:bg-ministry-800' : 'bg-gold-400 text-slate-900 hover:bg-yellow-300'}`}
      >
        {t('submit')}
      </button>
    </form>
  )
}
