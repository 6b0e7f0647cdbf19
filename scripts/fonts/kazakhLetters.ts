// The Kazakh letters beyond Russian's alphabet, in a font file of their own: @fontsource splits Noto Sans by script,
// and its extended-Cyrillic file (22 KB per weight, hundreds of letters of other languages) was loaded on every page
// for seven letters, since every header names «Қазақша». Subset, they weigh 1.6 KB per weight.
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import subsetFont from 'subset-font'

export const KAZAKH_LETTERS = 'ӘәҒғҚқҢңӨөҮүҺһ'
// І і and Ұ ұ are in @fontsource's Cyrillic file already (U+0406, U+0456, U+04B0-04B1).
export const WEIGHTS = [400, 700] as const

export const subsetPath = (weight: number) =>
  path.join('app', '(frontend)', 'styles', 'fonts', `noto-sans-kazakh-${weight}-normal.woff2`)

/** The Kazakh letters of one weight of Noto Sans, from @fontsource's extended-Cyrillic file. */
export async function kazakhSubset(weight: number): Promise<Buffer> {
  const source = await readFile(
    path.join(
      'node_modules',
      '@fontsource',
      'noto-sans',
      'files',
      `noto-sans-cyrillic-ext-${weight}-normal.woff2`,
    ),
  )
  return subsetFont(source, KAZAKH_LETTERS, { targetFormat: 'woff2' })
}
