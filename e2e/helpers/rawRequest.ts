import http from 'node:http'

import { test } from '@playwright/test'

const MEGABYTE = 1024 * 1024

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
      response.on('end', () => {
        // The rest of the body is not sent: the connection goes.
        request.destroy()
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          bytesSent,
          milliseconds: Date.now() - started,
        })
      })
    })
    // Once the server has answered and closed, writing on fails; that is the point, not an error.
    request.on('error', (error) => (answered ? undefined : reject(error)))
    const piece = Buffer.alloc(64 * 1024, 'a')
    // The start of a form, say; the filler follows.
    if (prefix) {
      request.write(prefix)
      bytesSent += Buffer.byteLength(prefix)
    }
    // One piece at a time, letting an answer in between, so that it is seen as soon as it comes.
    const write = () => {
      if (answered) return
      if (bytesSent >= size) return void request.end(suffix)
      bytesSent += piece.length
      // A breath after each megabyte, as on a real network: what was sent when the answer came then says how much the
      // server read before answering, not how fast this machine can write.
      const next = () => (bytesSent % MEGABYTE === 0 ? setTimeout(write, 50) : setImmediate(write))
      if (request.write(piece)) next()
      else request.once('drain', next)
    }
    // The headers first, and a moment for a server to answer from them alone.
    request.flushHeaders()
    setTimeout(write, 100)
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
