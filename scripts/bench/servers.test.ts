import { get, type IncomingMessage } from 'node:http'
import { createServer } from 'node:net'
import { gzipSync } from 'node:zlib'

import { afterAll, describe, expect, it } from 'vitest'

import { NGINX } from '@/deploy/nginx'

import type { Answer } from './pages'
import { stopAll } from './processes'
import { startNginx, startNodeFloor } from './servers'

/** A port nothing listens on now (nginx cannot be told to take any free one). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

const raw = (url: string) =>
  new Promise<{ response: IncomingMessage; body: Buffer }>((resolve, reject) =>
    get(url, { headers: { 'accept-encoding': 'gzip' } }, async (response) => {
      const chunks: Buffer[] = []
      for await (const chunk of response) chunks.push(chunk as Buffer)
      resolve({ response, body: Buffer.concat(chunks) })
    }).on('error', reject),
  )

const PAGE: Answer = {
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'content-encoding': 'gzip',
    'content-security-policy': "default-src 'self'; script-src 'self' 'sha256-abc='",
    'cache-control': 's-maxage=60, stale-while-revalidate=240',
    vary: 'rsc, Accept-Encoding',
    etag: '"page"',
    'x-nextjs-cache': 'HIT',
    link: '</_next/static/media/noto.woff2>; rel=preload; as="font"; crossorigin=""',
  },
  body: gzipSync('<!DOCTYPE html><html lang="kk"><title>Сыртқы істер министрлігі</title></html>'),
}

describe("the bench's yardsticks send the page's answer as the site sent it", () => {
  afterAll(stopAll)

  it.each([
    [
      'nginx static',
      '/release.html',
      (port: number) => startNginx(NGINX, port, new Map([['release', PAGE]])),
    ],
    ['the node floor', '/release', (port: number) => startNodeFloor(port, new Map([['release', PAGE]]))],
  ])('%s: the same gzipped bytes, with the page’s own headers', async (_, path, startServer) => {
    const port = await freePort()
    await startServer(port)
    const { response, body } = await raw(`http://127.0.0.1:${port}${path}`)
    expect(response.statusCode).toBe(200)
    expect(body.equals(PAGE.body)).toBe(true)
    expect(response.headers['content-length']).toBe(String(PAGE.body.length))
    // Each server names the bytes in its own way; every other header is the page's.
    for (const [name, value] of Object.entries(PAGE.headers).filter(([name]) => name !== 'etag'))
      expect(response.headers[name], name).toBe(value)
  })

  it('refuses a header nginx would read as a variable rather than send something else', async () => {
    const odd: Answer = { ...PAGE, headers: { ...PAGE.headers, 'x-price': '$5' } }
    await expect(startNginx(NGINX, await freePort(), new Map([['odd', odd]]))).rejects.toThrow(/x-price/)
  })
})
