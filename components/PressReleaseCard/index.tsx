import { Link } from '@/components/Link'
import { MediaImage } from '@/components/MediaImage'
import type { Locale } from '@/i18n/locales'
import { formatDate, isoInAlmaty } from '@/lib/format/dates'
import { paths } from '@/lib/pages/paths'
import type { PressReleaseCardData } from '@/lib/reads/pressReleases'

interface Props {
  release: PressReleaseCardData
  locale: Locale
  /** The page's first card with a photo (leadPhotoIndex): the largest thing on screen, so it loads first. */
  preload?: boolean
  /** One below the heading the card sits under: 2 in a list titled only by the page's h1, 3 under a section's h2. */
  headingLevel?: 2 | 3
}

/** The card whose photo loads first: the first that has one, as a text without a photo may lead the list. */
export const leadPhotoIndex = (releases: readonly PressReleaseCardData[]): number =>
  releases.findIndex((release) => typeof release.heroImage === 'object' && release.heroImage !== null)

export function PressReleaseCard({ release, locale, preload = false, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm focus-within:ring-3 focus-within:ring-gold-400 hover:shadow-md">
      <MediaImage
        media={release.heroImage}
        family="crop"
        // Cards sit one, two or three to a row of the 72rem page.
        sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw"
        preload={preload}
        className="aspect-[8/5] w-full object-cover"
      />
      <div className="flex flex-1 flex-col gap-2 p-4">
        <time dateTime={isoInAlmaty(release.publishedAt)} className="text-sm text-slate-600">
          {formatDate(release.publishedAt, locale)}
        </time>
        <Heading className="text-lg leading-snug font-semibold text-ministry-900">
          {/* The whole card is the link's target area; the title is its accessible name. */}
          <Link
            href={paths.pressRelease(release.slug)}
            className="after:absolute after:inset-0 focus:outline-none"
          >
            {release.title}
          </Link>
        </Heading>
        <p className="text-sm leading-relaxed text-slate-700">{release.summary}</p>
      </div>
    </article>
  )
}
