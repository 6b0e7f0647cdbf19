import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { KAZAKH_LETTERS, kazakhSubset, subsetPath, WEIGHTS } from './kazakhLetters'

interface Face {
  weight: number
  src: string
  ranges: [number, number][]
}

async function fontFaces(): Promise<Face[]> {
  const css = await readFile(path.join('app', '(frontend)', 'styles', 'fonts.css'), 'utf8')
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => ({
    weight: Number(/font-weight:\s*(\d+)/.exec(body)?.[1]),
    src: /src:\s*url\('([^']+)'\)/.exec(body)?.[1] ?? '',
    ranges: [
      ...(/unicode-range:([^;]+);/.exec(body)?.[1] ?? '').matchAll(/U\+([0-9A-F]+)(?:-([0-9A-F]+))?/gi),
    ].map(([, from = '', to]) => [parseInt(from, 16), parseInt(to ?? from, 16)]),
  }))
}

const covers = (face: Face, letter: string) =>
  face.ranges.some(([from, to]) => letter.codePointAt(0)! >= from && letter.codePointAt(0)! <= to)

describe('the Kazakh letters of Noto Sans', () => {
  it.each(WEIGHTS)(
    'are the committed subset of weight %i, as scripts/fonts makes it from @fontsource',
    async (weight) => {
      const committed = await readFile(subsetPath(weight))
      expect(committed.length).toBeLessThan(4_000)
      expect(committed.equals(await kazakhSubset(weight))).toBe(true)
    },
  )

  it.each(WEIGHTS)(
    'come from the subset alone in weight %i, not from the 22 KB extended-Cyrillic file',
    async (weight) => {
      const faces = (await fontFaces()).filter((face) => face.weight === weight)
      for (const letter of KAZAKH_LETTERS) {
        expect(
          faces.filter((face) => covers(face, letter)).map((face) => face.src),
          letter,
        ).toEqual([`./fonts/${path.basename(subsetPath(weight))}`])
      }
      // Every other Kazakh letter (і, ұ) and all of Russian's are in the Cyrillic file.
      for (const letter of 'ІіҰұЖжЩщЁёҐґ')
        expect(
          faces.filter((face) => covers(face, letter)).map((face) => face.src),
          letter,
        ).toEqual([`@fontsource/noto-sans/files/noto-sans-cyrillic-${weight}-normal.woff2`])
    },
  )
})
