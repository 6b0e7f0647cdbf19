import { cookies } from 'next/headers'
import { cache } from 'react'

import { LOW_VISION_COOKIE, type LowVisionSettings, parseLowVisionCookie } from './lowVision'

/** This request's version for the visually impaired (null: the standard one); layout and header read it once. */
export const lowVisionSettings = cache(async (): Promise<LowVisionSettings | null> =>
  parseLowVisionCookie((await cookies()).get(LOW_VISION_COOKIE)?.value),
)
