import type { Media } from '@/payload-types'

type SizeName = keyof NonNullable<Media['sizes']>

interface Props {
  media: Media | number | null | undefined
  size: SizeName
  className?: string
  /** Above the fold: load at once; otherwise lazily. */
  priority?: boolean
}

/** An uploaded image in one of the sizes Payload made, with the alt text of the page's language. */
export function MediaImage({ media, size, className, priority = false }: Props) {
  if (!media || typeof media === 'number') return null
  const variant = media.sizes?.[size]
  const url = variant?.url ?? media.url
  if (!url) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element -- Payload already made the sized WebP variants
    <img
      src={url}
      alt={media.alt}
      width={variant?.width ?? media.width ?? undefined}
      height={variant?.height ?? media.height ?? undefined}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      className={className}
    />
  )
}
