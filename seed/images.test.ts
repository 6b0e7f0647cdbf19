import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import type { ImageSeed, Motif } from './content/types'
import { drawImage } from './images'

const motifs: Motif[] = [
  'talks',
  'handshake',
  'forum',
  'briefing',
  'cinema',
  'monument',
  'city',
  'mountains',
  'documents',
  'concert',
  'airport',
  'conference',
]

const seed = (file: string, motif: Motif): ImageSeed => ({
  file,
  motif,
  palette: ['#00AFCA', '#FEC50C', '#E8112D'],
  alt: { kk: 'Сурет', ru: 'Изображение', en: 'Picture' },
  credit: { kk: 'Сынақ', ru: 'Тест', en: 'Test' },
})

// Drawing a full-size JPEG takes a second or more on a busy two-core machine.
describe('drawImage', { timeout: 30_000 }, () => {
  it.each(motifs)('draws %s as a 1600×1000 JPEG', async (motif) => {
    const data = await drawImage(seed(`test-${motif}`, motif))
    const meta = await sharp(data).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.width).toBe(1600)
    expect(meta.height).toBe(1000)
  })

  it('gives identical bytes for the same input', async () => {
    const [first, second] = await Promise.all([
      drawImage(seed('same-file', 'city')),
      drawImage(seed('same-file', 'city')),
    ])
    expect(first.equals(second)).toBe(true)
  })

  it('varies the picture with the file name', async () => {
    const [one, other] = await Promise.all([
      drawImage(seed('first-file', 'talks')),
      drawImage(seed('second-file', 'talks')),
    ])
    expect(one.equals(other)).toBe(false)
  })

  it('accepts a palette of two colours', async () => {
    const data = await drawImage({ ...seed('two-colours', 'briefing'), palette: ['#00AFCA', '#FEC50C'] })
    expect((await sharp(data).metadata()).width).toBe(1600)
  })
})
