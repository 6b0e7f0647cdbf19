// Some answers can only be given once a page is complete: its policy names the scripts it holds, a page may need a
// part Next.js left out. This holds such a response until Next.js has written all of it, then sends it at once.
// It is installed before Next.js handles the request, so Next.js's compression writes through it: what it holds may
// be compressed, and is decoded to be read (and encoded again if it changed).
import {
  brotliCompressSync,
  brotliDecompressSync,
  deflateSync,
  gunzipSync,
  gzipSync,
  inflateSync,
} from 'node:zlib'

/** @type {Record<string, { decode: (body: Buffer) => Buffer, encode: (body: Buffer) => Buffer }>} */
const CODINGS = {
  br: { decode: brotliDecompressSync, encode: brotliCompressSync },
  gzip: { decode: gunzipSync, encode: gzipSync },
  deflate: { decode: inflateSync, encode: deflateSync },
}

/**
 * @typedef {{
 *   hold: () => boolean,
 *   complete: (body: { bytes: Buffer, text: () => string }) => string | undefined,
 * }} WholeResponse
 * `hold` is asked once, when the headers are about to go out (status and headers are set by then): true to hold
 * the response. `complete` gets the whole body, as it would be sent (`bytes`, perhaps compressed) and as a page
 * (`text()`, decoded only when asked); it may set headers or make the answer a 304, and returns a changed page or
 * undefined.
 */

/** What a 304 leaves out: it sends no body. */
export const BODY_HEADERS = ['content-length', 'content-encoding', 'content-type']

/**
 * @param {import('node:http').ServerResponse} response
 * @param {WholeResponse} handling
 */
export function holdWholeResponse(response, { hold, complete }) {
  const { writeHead, write, end, flushHeaders } = response
  /** @type {'pass' | 'hold' | undefined} */
  let mode
  /** @type {Buffer[]} */
  const held = []
  /** @type {unknown[] | undefined} */
  let heldHead

  const decide = () => {
    mode ??= hold() ? 'hold' : 'pass'
  }
  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) =>
    held.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(
            /** @type {string} */ (chunk),
            typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
          ),
    )

  response.writeHead = function (/** @type {unknown[]} */ ...args) {
    if (typeof args[0] === 'number') response.statusCode = args[0]
    decide()
    if (mode === 'pass') return writeHead.apply(this, /** @type {any} */ (args))
    heldHead = args
    return this
  }
  response.flushHeaders = function () {
    decide()
    if (mode === 'pass') flushHeaders.call(this)
  }
  response.write = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
    decide()
    if (mode === 'pass') return write.call(this, chunk, ...rest)
    keep(chunk, rest[0])
    const callback = rest.find((arg) => typeof arg === 'function')
    if (callback) process.nextTick(callback)
    return true
  }
  response.end = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
    decide()
    if (mode === 'pass') return end.call(this, chunk, ...rest)
    const callback = [chunk, ...rest].find((arg) => typeof arg === 'function')
    if (chunk !== undefined && typeof chunk !== 'function') keep(chunk, rest[0])
    const bytes = held.length === 1 && held[0] ? held[0] : Buffer.concat(held)
    const coding = CODINGS[String(response.getHeader('content-encoding') ?? '')]
    const changed = complete({ bytes, text: () => (coding ? coding.decode(bytes) : bytes).toString('utf8') })
    mode = 'pass'
    if (response.statusCode === 304) {
      for (const name of BODY_HEADERS) response.removeHeader(name)
      if (heldHead) writeHead.call(this, 304)
      return end.call(this, callback)
    }
    let body = bytes
    if (changed !== undefined) {
      body = coding ? coding.encode(Buffer.from(changed)) : Buffer.from(changed)
      response.removeHeader('etag')
    }
    // Sent whole, its length is known: said, rather than sent in chunks as compressed answers are. A cache in front
    // (nginx) keeps the length with the page, and a chunked copy's last chunk waited out the client's delayed
    // acknowledgement there: 44 ms for every gzipped page served from nginx's cache.
    if (response.req?.method !== 'HEAD') response.setHeader('Content-Length', body.length)
    if (heldHead) writeHead.apply(this, /** @type {any} */ (heldHead))
    return end.call(this, body, callback)
  }
}
