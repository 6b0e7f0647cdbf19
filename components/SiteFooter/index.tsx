import { getTranslations } from 'next-intl/server'

import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import { paths } from '@/lib/pages/paths'
import { siteSettings } from '@/lib/reads/siteSettings'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, tStatement, tSubscribe, site] = await Promise.all([
    getTranslations({ locale, namespace: 'Footer' }),
    getTranslations({ locale, namespace: 'AccessibilityStatement' }),
    getTranslations({ locale, namespace: 'Subscribe' }),
    siteSettings(locale),
  ])
  return (
    <footer className="mt-12 bg-slate-100 text-slate-800">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-2">
        <section aria-labelledby="footer-contacts">
          <h2 id="footer-contacts" className="font-semibold text-ministry-900">
            {t('contacts')}
          </h2>
          <address className="mt-2 text-sm leading-relaxed whitespace-pre-line not-italic">
            {site.contacts?.address}
            {'\n'}
            <a href={`tel:${site.contacts?.phone?.replace(/\s/g, '')}`} className="underline">
              {site.contacts?.phone}
            </a>
            {'\n'}
            <a href={`mailto:${site.contacts?.email}`} className="underline">
              {site.contacts?.email}
            </a>
            {site.contacts?.hours && `\n${site.contacts.hours}`}
          </address>
        </section>
        {site.socialLinks && site.socialLinks.length > 0 && (
          <ul className="flex flex-wrap content-start gap-3 text-sm sm:justify-end print:hidden">
            {site.socialLinks.map((link) => (
              <li key={link.id ?? link.url}>
                <a href={link.url} rel="noopener noreferrer" className="underline underline-offset-4">
                  {link.network === 'x' ? 'X' : link.network[0]!.toUpperCase() + link.network.slice(1)}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="border-t border-slate-200 px-4 py-4 text-center text-sm text-slate-700">
        <p className="print:hidden">
          <Link
            href={paths.accessibilityStatement()}
            className="inline-block py-0.5 underline underline-offset-4 hover:text-ministry-800"
          >
            {tStatement('title')}
          </Link>
          <span aria-hidden="true" className="mx-3">
            ·
          </span>
          <Link
            href={paths.subscribe()}
            className="inline-block py-0.5 underline underline-offset-4 hover:text-ministry-800"
          >
            {tSubscribe('link')}
          </Link>
        </p>
        <p className="mt-2 text-xs">{t('rights', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  )
}
