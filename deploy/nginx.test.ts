// deploy/nginx.conf must agree with the app on what it cannot learn from it at run time: how large an upload may be
// and which cookie values are a version for the visually impaired. (How nginx behaves with it: e2e/scale.)
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { UPLOAD_REQUEST_LIMIT } from '@/lib/protection/bodyLimits'
import { LOW_VISION } from '@/server/publicRewrites.mjs'

const config = readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8')

describe('the load balancer configuration', () => {
  it('lets through every upload the app accepts, so that the app refuses larger ones in the editor’s language', () => {
    const size = /^\s*client_max_body_size (\d+)m;$/m.exec(config)?.[1]
    expect(Number(size) * 1024 * 1024).toBe(UPLOAD_REQUEST_LIMIT)
  })

  it('keys cached pages on the same low-vision cookie values the site serves versions for', () => {
    expect(config).toContain(`low-vision=${LOW_VISION.value}`)
    expect(config).toMatch(/proxy_cache_key "[^"]*\$mfa_low_vision";/)
  })
})
