import { preload as preloadResource } from 'react-dom'

import { type ImageFamily, imageSources } from '@/lib/format/imageSources'
import type { Media } from '@/payload-types'

interface Props {
  media: Media | number | null | undefined
  /** `crop`: the 8:5 card crops; `whole`: the uncropped photo. */
  family: ImageFamily
  /** How wide the image is shown, for the browser's choice among the widths (the `sizes` attribute). */
  sizes: string
  className?: string
  /** Above the fold: fetched at once and first; otherwise lazily. */
  preload?: boolean
}

/** An uploaded image with the alt text of the page's language, in the widths Payload made of it. */
export function MediaImage({ media, family, sizes, className, preload = false }: Props) {
  if (!media || typeof media === 'number') return null
  const sources = imageSources(media, family)
  if (!sources) return null
  if (preload) {
    // Found in the document's head, before the browser has laid out the page.
    preloadResource(sources.src, {
      as: 'image',
      imageSrcSet: sources.srcSet,
      imageSizes: sizes,
      fetchPriority: 'high',
    })
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- Payload's own variants; see lib/format/imageSources.ts
    <img
      src={sources.src}
      srcSet={sources.srcSet}
      sizes={sizes}
      width={sources.width}
      height={sources.height}
      alt={media.alt}
      loading={preload ? 'eager' : 'lazy'}
      fetchPriority={preload ? 'high' : undefined}
      decoding="async"
      className={className}
    />
  )
}
