import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { imageSources } from '@/lib/format/imageSources'
import type { Media } from '@/payload-types'

import { type GalleryImage, GalleryViewer } from './GalleryViewer.client'

function toImage(media: Media): GalleryImage | null {
  const full = imageSources(media, 'whole')
  const thumb = imageSources(media, 'crop')
  if (!full || !thumb) return null
  return {
    id: media.id,
    full: full.src,
    thumb,
    alt: media.alt,
    caption: media.caption ?? null,
    credit: media.credit ?? null,
  }
}

/** The photos of a release: links to the large images, enhanced into a keyboard-usable viewer. */
export async function Gallery({
  locale,
  media,
}: {
  locale: Locale
  media: (number | Media)[] | null | undefined
}) {
  const images = (media ?? []).flatMap((item) => {
    const image = typeof item === 'object' ? toImage(item) : null
    return image ? [image] : []
  })
  if (images.length === 0) return null
  const t = await getTranslations({ locale, namespace: 'Gallery' })
  return (
    <section aria-labelledby="gallery-heading" className="mt-10">
      <h2 id="gallery-heading" className="text-xl font-semibold text-ministry-900">
        {t('title')}
      </h2>
      <GalleryViewer
        images={images}
        labels={{
          open: images.map((image) => t('open', { alt: image.alt })),
          position: images.map((_, index) => t('position', { current: index + 1, total: images.length })),
          viewer: t('viewer'),
          previous: t('previous'),
          next: t('next'),
          close: t('close'),
        }}
      />
    </section>
  )
}
