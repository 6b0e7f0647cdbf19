import type { Media } from '@/payload-types'

import { mediaPath } from './mediaPath'

type SizeName = keyof NonNullable<Media['sizes']>

/**
 * Payload's variants that show the same picture, narrowest first: the 8:5 crops, or the uncropped photo. A browser
 * picks among them by width (`srcset`), so one family must never mix crops.
 */
const IMAGE_FAMILIES = {
  crop: ['thumbnail', 'card'],
  whole: ['medium', 'large'],
} as const satisfies Record<string, SizeName[]>

export type ImageFamily = keyof typeof IMAGE_FAMILIES

export interface ImageSources {
  /** The widest variant, for browsers without `srcset`. */
  src: string
  srcSet: string
  width: number
  height: number
}

/**
 * The files Payload made of an upload when it was saved. Pages link to them directly: converting on request (Next.js's
 * image optimizer) cost 200–300 ms of CPU per image and visitor, since nothing here keeps its results on disk.
 */
export function imageSources(media: Media, family: ImageFamily): ImageSources | null {
  const variants = IMAGE_FAMILIES[family].flatMap((name) => {
    const variant = media.sizes?.[name]
    return variant?.url && variant.width && variant.height
      ? [{ url: mediaPath(variant.url), width: variant.width, height: variant.height }]
      : []
  })
  const widest = variants.at(-1)
  if (!widest) {
    // An upload too small for any variant (Payload does not enlarge) is shown as it is.
    if (!media.url || !media.width || !media.height) return null
    const src = mediaPath(media.url)
    return { src, srcSet: `${src} ${media.width}w`, width: media.width, height: media.height }
  }
  return {
    src: widest.url,
    srcSet: variants.map((variant) => `${variant.url} ${variant.width}w`).join(', '),
    width: widest.width,
    height: widest.height,
  }
}
