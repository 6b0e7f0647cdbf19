import { describe, expect, it } from 'vitest'

import {
  applyLowVisionChoice,
  LOW_VISION_DEFAULTS,
  lowVisionView,
  parseLowVisionView,
  STANDARD_VIEW,
} from './lowVision'

const query = (text: string) => new URLSearchParams(text)

describe('the low-vision view, kept in the cookie', () => {
  it('is absent for the standard version', () => {
    expect(parseLowVisionView(undefined)).toBeNull()
    expect(parseLowVisionView('')).toBeNull()
  })

  it('reads back what was written', () => {
    const settings = { text: '200', contrast: 'standard', images: 'hidden' } as const
    expect(parseLowVisionView(lowVisionView(settings))).toEqual(settings)
  })

  it('means the standard version when it names no valid setting', () => {
    for (const hostile of [
      'garbage',
      'text=9999',
      'text=<script>alert(1)</script>',
      '%%%',
      'contrast=high'.repeat(50),
      '__proto__=x&constructor=y',
    ]) {
      expect(parseLowVisionView(hostile), hostile).toBeNull()
    }
  })

  it('is the standard version unless it is exactly a view the site writes', () => {
    expect(parseLowVisionView(STANDARD_VIEW)).toBeNull()
    for (const near of [
      '125-purple-shown',
      '150-high',
      '150-high-shown-x',
      '150-HIGH-shown',
      ' 150-high-shown',
    ]) {
      expect(parseLowVisionView(near), near).toBeNull()
    }
  })
})

describe('a choice in the settings form', () => {
  it('switches the version on with larger text and high contrast', () => {
    const settings = applyLowVisionChoice(null, query('mode=on'))
    expect(settings).toEqual(LOW_VISION_DEFAULTS)
    expect(Number(settings?.text)).toBeGreaterThanOrEqual(125)
  })

  it('changes one setting and keeps the others', () => {
    const current = { text: '125', contrast: 'high', images: 'shown' } as const
    expect(applyLowVisionChoice(current, query('images=hidden'))).toEqual({ ...current, images: 'hidden' })
    expect(applyLowVisionChoice(current, query('text=200'))).toEqual({ ...current, text: '200' })
  })

  it('switches the version on when a setting is chosen from the standard version', () => {
    expect(applyLowVisionChoice(null, query('text=200'))).toEqual({ ...LOW_VISION_DEFAULTS, text: '200' })
  })

  it('switches back to the standard version', () => {
    expect(applyLowVisionChoice(LOW_VISION_DEFAULTS, query('mode=off&text=200'))).toBeNull()
  })

  it('changes nothing for invalid values', () => {
    expect(applyLowVisionChoice(LOW_VISION_DEFAULTS, query('text=1000&contrast=x&mode=maybe'))).toEqual(
      LOW_VISION_DEFAULTS,
    )
    expect(applyLowVisionChoice(null, query('images=all'))).toBeNull()
  })
})
