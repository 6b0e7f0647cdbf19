'use client'

import { useRef, useState } from 'react'

import type { ImageSources } from '@/lib/format/imageSources'

export interface GalleryImage {
  id: number
  full: string
  thumb: ImageSources
  alt: string
  caption: string | null
  credit: string | null
}

interface Labels {
  open: string[]
  position: string[]
  viewer: string
  previous: string
  next: string
  close: string
}

/**
 * Thumbnails are plain links to the large images (enough without JavaScript); with it, they open a modal dialog:
 * arrow keys and buttons move between images, Escape closes, and focus returns to the thumbnail.
 */
export function GalleryViewer({ images, labels }: { images: GalleryImage[]; labels: Labels }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const thumbnails = useRef<(HTMLAnchorElement | null)[]>([])
  const [index, setIndex] = useState(0)
  const current = images[index]
  const step = (delta: number) => setIndex((value) => (value + delta + images.length) % images.length)

  return (
    <>
      <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {images.map((image, position) => (
          <li key={image.id}>
            <a
              href={image.full}
              ref={(element) => {
                thumbnails.current[position] = element
              }}
              aria-label={labels.open[position]}
              className="block overflow-hidden rounded"
              onClick={(event) => {
                event.preventDefault()
                setIndex(position)
                dialog.current?.showModal()
              }}
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- Payload's own variants; see lib/format/imageSources.ts */}
              <img
                src={image.thumb.src}
                srcSet={image.thumb.srcSet}
                width={image.thumb.width}
                height={image.thumb.height}
                alt=""
                // Thumbnails sit two or three to a row of the 48rem article.
                sizes="(min-width: 640px) 256px, 50vw"
                loading="lazy"
                decoding="async"
                className="aspect-[8/5] w-full object-cover transition hover:opacity-90"
              />
              {/* Stands in for the photo when a visitor of the low-vision version hides images. */}
              <span className="image-stand-in hidden p-3 underline">{labels.open[position]}</span>
            </a>
          </li>
        ))}
      </ul>
      <dialog
        ref={dialog}
        aria-label={labels.viewer}
        className="m-auto max-h-[95vh] w-[min(96vw,1200px)] bg-slate-950 p-0 text-white backdrop:bg-black/80"
        onClose={() => thumbnails.current[index]?.focus()}
        onKeyDown={(event) => {
          if (event.key === 'ArrowRight') step(1)
          if (event.key === 'ArrowLeft') step(-1)
        }}
      >
        {current && (
          <figure className="flex flex-col">
            {/* eslint-disable-next-line @next/next/no-img-element -- the large variant Payload made */}
            <img
              src={current.full}
              alt={current.alt}
              // Not fetched until the viewer opens: a closed dialog is not displayed.
              loading="lazy"
              className="max-h-[75vh] w-full object-contain"
            />
            <figcaption className="flex flex-wrap items-center justify-between gap-3 p-4 text-sm">
              <span>
                <span className="block font-semibold" aria-live="polite">
                  {labels.position[index]}
                </span>
                {current.caption && <span className="block">{current.caption}</span>}
                {current.credit && <span className="block text-white/70">© {current.credit}</span>}
              </span>
              <span className="flex gap-2">
                <button
                  type="button"
                  onClick={() => step(-1)}
                  className="rounded border border-white/40 px-3 py-2"
                >
                  ‹ <span>{labels.previous}</span>
                </button>
                <button
                  type="button"
                  onClick={() => step(1)}
                  className="rounded border border-white/40 px-3 py-2"
                >
                  <span>{labels.next}</span> ›
                </button>
                <button
                  type="button"
                  onClick={() => dialog.current?.close()}
                  className="rounded bg-white px-3 py-2 font-semibold text-slate-900"
                  autoFocus
                >
                  {labels.close}
                </button>
              </span>
            </figcaption>
          </figure>
        )}
      </dialog>
    </>
  )
}
