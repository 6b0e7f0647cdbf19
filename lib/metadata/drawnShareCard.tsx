// The picture a shared link shows when a page has no photo of its own: its title over the ministry's mark.
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { ImageResponse } from 'next/og'

import { SHARE_IMAGE_SIZE } from './pageMetadata'

// Kazakh letters (ә ғ қ ң ө ұ ү һ) live in Noto Sans's cyrillic-ext subset, the rest of Cyrillic in cyrillic, and the
// fonts ship inside the npm package: rendering reads local files only, at build and at run time.
const SUBSETS = ['latin', 'cyrillic', 'cyrillic-ext'] as const
const WEIGHTS = [400, 700] as const

function fromRoot(...segments: string[]): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), ...segments)
}

async function loadAssets() {
  const fonts = await Promise.all(
    SUBSETS.flatMap((subset) =>
      WEIGHTS.map(async (weight) => ({
        // One family name per subset: fonts sharing a name and weight would replace each other.
        name: `Noto Sans ${subset}`,
        weight,
        style: 'normal' as const,
        data: await readFile(
          fromRoot(
            'node_modules',
            '@fontsource',
            'noto-sans',
            'files',
            `noto-sans-${subset}-${weight}-normal.woff`,
          ),
        ),
      })),
    ),
  )
  const mark = await readFile(fromRoot('public', 'mark.svg'))
  return { fonts, mark: `data:image/svg+xml;base64,${mark.toString('base64')}` }
}

let assets: ReturnType<typeof loadAssets> | undefined

/** Long titles get smaller letters so that five lines hold a press release's title. */
export function titleFontSize(title: string): number {
  if (title.length <= 60) return 64
  if (title.length <= 110) return 54
  return 44
}

interface ShareCard {
  /** The ministry's name in the page's language. */
  ministry: string
  /** The page's title; without one the card shows the ministry alone. */
  title?: string
  lang: string
}

export async function shareImageResponse({ ministry, title, lang }: ShareCard): Promise<ImageResponse> {
  assets ??= loadAssets()
  const { fonts, mark } = await assets
  return new ImageResponse(
    <div
      lang={lang}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        position: 'relative',
        backgroundColor: '#0d3a4a',
        color: '#ffffff',
        fontFamily: SUBSETS.map((subset) => `Noto Sans ${subset}`).join(', '),
      }}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- rendered to PNG, not to a page */}
      <img
        src={mark}
        alt=""
        width={560}
        height={560}
        style={{ position: 'absolute', right: -90, top: 35, opacity: title ? 0.22 : 1 }}
      />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: title ? 'space-between' : 'center',
          width: title ? 1040 : 720,
          padding: '64px 72px',
        }}
      >
        <div
          style={{
            display: 'flex',
            fontSize: title ? 28 : 58,
            fontWeight: title ? 400 : 700,
            lineHeight: 1.2,
          }}
        >
          {ministry}
        </div>
        {title && (
          <div
            style={{
              display: 'block',
              fontSize: titleFontSize(title),
              fontWeight: 700,
              lineHeight: 1.2,
              lineClamp: 5,
            }}
          >
            {title}
          </div>
        )}
        {title && <div style={{ display: 'flex', width: 160, height: 8, backgroundColor: '#fec50c' }} />}
      </div>
    </div>,
    {
      ...SHARE_IMAGE_SIZE,
      fonts,
      headers: { 'Cache-Control': 'public, max-age=3600' },
    },
  )
}
