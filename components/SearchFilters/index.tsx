import { getTranslations } from 'next-intl/server'

import { Link } from '@/components/Link'
import { ListFilters, yearChoice } from '@/components/ListFilters'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { almatyYear } from '@/lib/format/dates'
import { pageQuery } from '@/lib/pages/listQuery'
import { paths } from '@/lib/pages/paths'
import { filtersQuery } from '@/lib/search/filters'
import type { SearchFilters as Filters, SearchKind, SearchMatches } from '@/lib/search/indexedMatches'

interface Props {
  locale: Locale
  q: string
  filters: Filters
  perKind: SearchMatches['perKind']
  span: SearchMatches['span']
}

const KIND_LABELS = {
  'press-release': 'pressReleases',
  event: 'events',
  document: 'documents',
} as const satisfies Record<SearchKind, string>

/**
 * The kinds of content found, each a link with its count, then the year and the order as a plain GET form: all of
 * it works without JavaScript, and each choice has its own address.
 */
export async function SearchFilters({ locale, q, filters, perKind, span }: Props) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  const kinds: { kind: SearchKind | null; label: string }[] = [
    {
      kind: null,
      label: t('allKinds', { count: perKind['press-release'] + perKind.event + perKind.document }),
    },
    ...(Object.keys(KIND_LABELS) as SearchKind[]).map((kind) => ({
      kind,
      label: t(KIND_LABELS[kind], { count: perKind[kind] }),
    })),
  ]
  const years: number[] = []
  if (span) for (let year = almatyYear(span.last); year >= almatyYear(span.first); year--) years.push(year)
  // A year with nothing found still shows as chosen, so that the visitor sees why and can choose another.
  else if (filters.year !== null) years.push(filters.year)
  const link = 'block rounded border px-3 py-1.5 text-sm'
  return (
    <div className="mt-6 print:hidden">
      <nav aria-label={t('kindFilter')}>
        <ul className="flex flex-wrap gap-2">
          {kinds.map(({ kind, label }) => (
            <li key={kind ?? 'all'}>
              {kind === filters.kind ? (
                <span
                  aria-current="page"
                  className={`${link} border-ministry-700 bg-ministry-700 text-white`}
                >
                  {label}
                </span>
              ) : (
                <Link
                  href={{
                    pathname: paths.search(),
                    query: pageQuery(filtersQuery(q, { ...filters, kind }), null),
                  }}
                  className={`${link} border-slate-300 hover:bg-ministry-50`}
                >
                  {label}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <ListFilters
        action={getPathname({ href: paths.search(), locale })}
        label={t('refine')}
        applyLabel={t('apply')}
        kept={{ q, kind: filters.kind ?? undefined }}
        choices={[
          yearChoice(years, filters.year ?? undefined, { label: t('year'), anyLabel: t('anyYear') }),
          {
            name: 'order',
            label: t('order'),
            anyLabel: t('byRelevance'),
            options: [{ value: 'newest', label: t('newestFirst') }],
            value: filters.order === 'newest' ? 'newest' : undefined,
          },
        ]}
      />
    </div>
  )
}
