import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

import { CopyLinkButton } from './CopyLinkButton.client'

/** Plain links to each service's own share page: no third-party scripts, works without JavaScript. */
export function shareTargets(url: string, title: string) {
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(title)
  return [
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
  ]
}

export async function ShareLinks({ locale, url, title }: { locale: Locale; url: string; title: string }) {
  const t = await getTranslations({ locale, namespace: 'Share' })
  const link = 'inline-block rounded border border-slate-300 px-3 py-1.5 hover:bg-ministry-50'
  return (
    <section aria-labelledby="share-heading" className="mt-10 border-t border-slate-200 pt-6 print:hidden">
      <h2 id="share-heading" className="text-lg font-semibold text-ministry-900">
        {t('title')}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2 text-sm">
        <li>
          <a
            href={`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`}
            className={link}
          >
            {t('email')}
          </a>
        </li>
        {shareTargets(url, title).map((target) => (
          <li key={target.name}>
            <a href={target.href} rel="noopener noreferrer" target="_blank" className={link}>
              {target.name}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} label={t('copyLink')} done={t('copied')} className={link} />
        </li>
      </ul>
    </section>
  )
}
