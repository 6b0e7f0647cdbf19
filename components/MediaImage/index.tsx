import Image from 'next/image'

import { mediaPath } from '@/lib/mediaUrl'
import type { Media } from '@/payload-types'

type SizeName = keyof NonNullable<Media['sizes']>

interface Props {
  media: Media | number | null | undefined
  /** The size Payload made that the image is drawn from: `card` (cropped 8:5) or `large`. */
  size: SizeName
  /** How wide the image is shown, for the browser's choice among the widths (the `sizes` attribute). */
  sizes: string
  className?: string
  /** Above the fold: load at once and first; otherwise lazily. */
  preload?: boolean
}

/**
 * An uploaded image with the alt text of the page's language. Next.js's image optimizer serves it from Payload's
 * sized variant in the widths the layout needs (`srcset`), as AVIF or WebP, whichever the browser takes.
 */
export function MediaImage({ media, size, sizes, className, preload = false }: Props) {
  if (!media || typeof media === 'number') return null
  const variant = media.sizes?.[size]
  const url = variant?.url ?? media.url
  const width = variant?.width ?? media.width
  const height = variant?.height ?? media.height
  if (!url || !width || !height) return null
  return (
    <Image
      src={mediaPath(url)}
      alt={media.alt}
      width={width}
      height={height}
      sizes={sizes}
      preload={preload}
      loading={preload ? 'eager' : 'lazy'}
      className={className}
    />
  )
}
