import http from 'node:http'

import { test } from '@playwright/test'

export interface RawAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  /** How much of the body had been sent when the answer came. */
  bytesSent: number
  milliseconds: number
}

/**
 * Sends a large body in 64 KB pieces, as a slow client would, and stops as soon as the server answers: shows whether
 * the server refuses early or reads everything first. Chunked leaves out Content-Length (Transfer-Encoding: chunked).
 */
export function sendLargeBody(
  path: string,
  {
    size,
    chunked,
    headers = {},
    prefix = '',
    suffix = '',
  }: { size: number; chunked: boolean; headers?: Record<string, string>; prefix?: string; suffix?: string },
): Promise<RawAnswer> {
  const base = new URL(String(test.info().project.use.baseURL))
  const started = Date.now()
  let bytesSent = 0
  let answered = false
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: base.hostname,
      port: base.port,
      path,
      method: 'POST',
      headers: chunked ? headers : { ...headers, 'Content-Length': String(size) },
    })
    request.on('response', (response) => {
      answered = true
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          bytesSent,
          milliseconds: Date.now() - started,
        }),
      )
    })
    // Once the server has answered and closed, writing on fails; that is the point, not an error.
    request.on('error', (error) => (answered ? undefined : reject(error)))
    const piece = Buffer.alloc(64 * 1024, 'a')
    // The start of a form, say; the filler follows.
    if (prefix) {
      request.write(prefix)
      bytesSent += Buffer.byteLength(prefix)
    }
    const write = () => {
      while (!answered && bytesSent < size) {
        bytesSent += piece.length
        if (!request.write(piece)) return void request.once('drain', write)
      }
      if (!answered) request.end(suffix)
    }
    write()
  })
}

/** Sends a small body in two chunks without a Content-Length, as streaming clients do. */
export function sendChunked(path: string, body: string, headers: Record<string, string>): Promise<RawAnswer> {
  const half = Math.floor(body.length / 2)
  return sendLargeBody(path, {
    size: 0,
    chunked: true,
    headers,
    prefix: body.slice(0, half),
    suffix: body.slice(half),
  })
}
