/**
 * The version for the visually impaired: what a visitor chose, kept in a cookie that the server reads, so that it works
 * without JavaScript. Absent (null) means the standard version.
 */
export const LOW_VISION_COOKIE = 'low-vision'

/** A year: the choice is kept until the visitor switches back. */
export const LOW_VISION_COOKIE_MAX_AGE = 365 * 24 * 60 * 60

/** Text size in percent of the standard version's: the steps a visitor can choose. */
export const TEXT_SIZES = ['125', '150', '200'] as const
export const CONTRASTS = ['standard', 'high'] as const
export const IMAGE_MODES = ['shown', 'hidden'] as const

export type TextSize = (typeof TEXT_SIZES)[number]
export type Contrast = (typeof CONTRASTS)[number]
export type ImageMode = (typeof IMAGE_MODES)[number]

export interface LowVisionSettings {
  text: TextSize
  contrast: Contrast
  images: ImageMode
}

/** What switching the version on gives: markedly larger text in black and white, as on gov.kz. */
export const LOW_VISION_DEFAULTS: LowVisionSettings = { text: '150', contrast: 'high', images: 'shown' }

function oneOf<T extends string>(allowed: readonly T[], value: string | null | undefined): T | undefined {
  return allowed.find((candidate) => candidate === value)
}

/** The known settings a query names validly; anything else in it is ignored. */
function readChoices(params: URLSearchParams): Partial<LowVisionSettings> {
  const text = oneOf(TEXT_SIZES, params.get('text'))
  const contrast = oneOf(CONTRASTS, params.get('contrast'))
  const images = oneOf(IMAGE_MODES, params.get('images'))
  return { ...(text && { text }), ...(contrast && { contrast }), ...(images && { images }) }
}

/**
 * Which version a page is rendered in: `standard`, or the three settings joined, e.g. `150-high-shown`. The cookie
 * holds it and server/publicRewrites.mjs rewrites each public address to `/{view}/{locale}/…` (the app's `[view]` segment),
 * so every version of a page is cached on its own and the version works without JavaScript.
 */
export const STANDARD_VIEW = 'standard'

/** The view of these settings; server/publicRewrites.mjs matches the same shape (its unit test keeps the two together). */
export function lowVisionView(settings: LowVisionSettings | null): string {
  return settings ? `${settings.text}-${settings.contrast}-${settings.images}` : STANDARD_VIEW
}

/**
 * The settings a view (or the cookie) names: null for the standard version. The value comes from the visitor's
 * browser, so anything but an exact view the site writes means the standard version.
 */
export function parseLowVisionView(value: string | undefined): LowVisionSettings | null {
  const [text, contrast, images, ...rest] = (value ?? '').split('-')
  const settings = {
    text: oneOf(TEXT_SIZES, text),
    contrast: oneOf(CONTRASTS, contrast),
    images: oneOf(IMAGE_MODES, images),
  }
  if (rest.length > 0 || !settings.text || !settings.contrast || !settings.images) return null
  return { text: settings.text, contrast: settings.contrast, images: settings.images }
}

/**
 * The settings after a visitor's choice in the settings form: `mode=off` switches back to the standard version,
 * `mode=on` or any valid setting switches the version on; invalid values change nothing.
 */
export function applyLowVisionChoice(
  current: LowVisionSettings | null,
  query: URLSearchParams,
): LowVisionSettings | null {
  const mode = query.get('mode')
  if (mode === 'off') return null
  const choices = readChoices(query)
  if (mode !== 'on' && Object.keys(choices).length === 0) return current
  return { ...(current ?? LOW_VISION_DEFAULTS), ...choices }
}
