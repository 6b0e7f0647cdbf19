import { getTranslations } from 'next-intl/server'

import { JsonLd } from '@/components/JsonLd'
import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import { breadcrumbList } from '@/lib/metadata/jsonLd'
import { absoluteUrl } from '@/lib/pages/paths'

export interface Crumb {
  label: string
  /** Absent for the page itself. */
  href?: string
}

export async function Breadcrumbs({ locale, trail }: { locale: Locale; trail: Crumb[] }) {
  const t = await getTranslations({ locale, namespace: 'Nav' })
  const crumbs: Crumb[] = [{ label: t('home'), href: '/' }, ...trail]
  // Search engines read the same trail the visitor sees.
  const structured = breadcrumbList(
    crumbs.map((crumb) => ({ name: crumb.label, url: crumb.href && absoluteUrl(locale, crumb.href) })),
  )
  return (
    <nav aria-label={t('breadcrumbs')} className="mb-6 text-sm text-slate-600 print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {crumbs.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`} className="flex items-center gap-2">
            {index > 0 && <span aria-hidden="true">›</span>}
            {crumb.href ? (
              <Link href={crumb.href} className="underline underline-offset-4 hover:text-ministry-800">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" className="text-slate-800">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
      <JsonLd data={structured} />
    </nav>
  )
}
