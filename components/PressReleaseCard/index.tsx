import { MediaImage } from '@/components/MediaImage'
import type { Locale } from '@/i18n/locales'
import { formatDate, isoInAlmaty } from '@/lib/dates'
import type { PressRelease } from '@/payload-types'

export function PressReleaseCard({ release, locale }: { release: PressRelease; locale: Locale }) {
  return (
    <article className="flex h-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <MediaImage media={release.heroImage} size="card" className="aspect-[8/5] w-full object-cover" />
      <div className="flex flex-1 flex-col gap-2 p-4">
        <time dateTime={isoInAlmaty(release.publishedAt)} className="text-sm text-slate-600">
          {formatDate(release.publishedAt, locale)}
        </time>
        <h3 className="text-lg leading-snug font-semibold text-ministry-900">{release.title}</h3>
        <p className="text-sm leading-relaxed text-slate-700">{release.summary}</p>
      </div>
    </article>
  )
}
