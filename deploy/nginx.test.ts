// deploy/nginx.conf must agree with the app on what it cannot learn from it at run time: how large an upload may be
// and which cookie values are a version for the visually impaired. (How nginx behaves with it: e2e/scale.)
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { UPLOAD_REQUEST_LIMIT } from '@/lib/protection/bodyLimits'
import { LOW_VISION } from '@/server/publicRewrites.mjs'

import { renderNginxConfig } from './nginx'

const config = readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8')

describe('the load balancer configuration', () => {
  it('lets through every upload the app accepts, so that the app refuses larger ones in the editor’s language', () => {
    const size = /^\s*client_max_body_size (\d+)m;$/m.exec(config)?.[1]
    expect(Number(size) * 1024 * 1024).toBe(UPLOAD_REQUEST_LIMIT)
  })

  it('keys cached pages on the same low-vision cookie values the site serves versions for', () => {
    expect(config).toContain(`low-vision=${LOW_VISION.value}`)
    expect(config).toMatch(/proxy_cache_key "[^"]*\$mfa_low_vision\b[^"]*";/)
  })
})

describe('deploy/nginx.conf as the scale test and the benchmark run it', () => {
  it('listens on the given port, caches in the given folder and sends to the given instances, with their parameters', () => {
    const site = renderNginxConfig({ port: 3610, instancePorts: [3611], cacheDir: '/tmp/cache' })
    expect(site).toContain('    listen 127.0.0.1:3610;')
    expect(site).toMatch(/^proxy_cache_path \/tmp\/cache /m)
    const parameters = /^ {4}server 127\.0\.0\.1:\d+( .*)$/m.exec(config)?.[1]
    expect(site.match(/^ {4}server 127\.0\.0\.1:\d+ .*$/gm)).toEqual([
      `    server 127.0.0.1:3611${parameters}`,
    ])
    const two = renderNginxConfig({ port: 3610, instancePorts: [3611, 3612], cacheDir: '/tmp/cache' })
    expect(two.match(/^ {4}server 127\.0\.0\.1:(\d+) /gm)).toHaveLength(2)
    expect(two).toContain('    server 127.0.0.1:3612 ')
  })

  it('refuses a file whose shape it does not know, rather than run something else', () => {
    expect(() =>
      renderNginxConfig({
        port: 1,
        instancePorts: [2],
        cacheDir: '/c',
        deployed: config.replace('listen 80;', ''),
      }),
    ).toThrow(/listen lines/)
  })
})
