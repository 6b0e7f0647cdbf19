import { FileRetrievalError, type AfterErrorHook, type PayloadRequest } from 'payload'

import { refusalMessage, type Refusal } from '@/i18n/admin/labels/refusals'
import { ADMIN_LANGUAGE_COOKIE, preferredAdminLanguage } from '@/i18n/admin/requestLanguage'
import { isLocale } from '@/i18n/locales'

import { readAtMost } from './formBody'

/** A JSON body: a document with its three languages of rich text is tens of kilobytes. */
export const JSON_BODY_LIMIT = 1024 * 1024
/** One uploaded file, as Payload's upload.limits.fileSize. */
export const FILE_SIZE_LIMIT = 25 * 1024 * 1024
/** A whole upload request: the file plus the form fields around it (the document's data, a few kilobytes). */
export const UPLOAD_REQUEST_LIMIT = FILE_SIZE_LIMIT + 1024 * 1024

/**
 * The language of an answer given before Payload has read the request: the admin's stored choice, else the
 * browser's preferred one of the three, else English, as Payload answers clients that name none.
 */
function answerLanguage(headers: Headers): string {
  const cookie = new RegExp(`(?:^|;\\s*)${ADMIN_LANGUAGE_COOKIE}=([a-z]+)`)
  const chosen = cookie.exec(headers.get('cookie') ?? '')?.[1]
  if (isLocale(chosen)) return chosen
  const acceptLanguage = headers.get('accept-language')
  const preferred = preferredAdminLanguage(acceptLanguage)
  return new RegExp(`(^|[\\s,])${preferred}([-;,]|$)`, 'i').test(acceptLanguage ?? '') ? preferred : 'en'
}

/** How much of a refused body is still read, and for how long, before the connection is dropped. */
const DISCARD_LIMIT = 64 * 1024 * 1024
const DISCARD_MS = 10_000

/**
 * Reads the rest of a refused body and throws it away, up to a limit. Closing a connection whose client is still
 * sending makes the server's system reset it, and the client then loses the answer already on its way (it sees a
 * broken pipe, not the 413); reading on a little lets the answer arrive first.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  const deadline = Date.now() + DISCARD_MS
  let discarded = 0
  try {
    while (discarded < DISCARD_LIMIT && Date.now() < deadline) {
      const { done, value } = await reader.read()
      if (done) return
      discarded += value.byteLength
    }
    await reader.cancel()
  } catch {
    // The client went away: nothing left to read.
  }
}

function tooLarge(
  headers: Headers,
  refusal: Refusal,
  body: ReadableStreamDefaultReader<Uint8Array>,
): Response {
  void discardRest(body)
  // Payload's own shape of an error, so that the admin shows the message.
  return Response.json(
    { errors: [{ message: refusalMessage(refusal, answerLanguage(headers)) }] },
    { status: 413 },
  )
}

/**
 * Refuses an oversized body before Payload reads it. Payload reads a JSON body whole, with no limit (a 20 MB login
 * would be parsed in memory); it streams a multipart upload and stops it itself at upload.requestSizeLimit. So a
 * declared length over the limit is refused at once, and a body without one (chunked) is read only up to its limit.
 */
export async function limitRequestBody(request: Request): Promise<Request | Response> {
  if (!request.body) return request
  const multipart = /^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')
  const limit = multipart ? UPLOAD_REQUEST_LIMIT : JSON_BODY_LIMIT
  const refusal: Refusal = multipart ? 'fileTooLarge' : 'requestTooLarge'
  if (Number(request.headers.get('content-length') ?? 0) > limit)
    return tooLarge(request.headers, refusal, request.body.getReader())
  if (multipart) return request

  const reader = request.body.getReader()
  const body = await readAtMost(reader, limit)
  if (body === null) return tooLarge(request.headers, refusal, reader)
  const problem = bodyProblem(request.headers, body)
  if (problem)
    return Response.json(
      { errors: [{ message: refusalMessage(problem, answerLanguage(request.headers)) }] },
      { status: problem === 'bodyNotJson' ? 415 : 400 },
    )
  const headers = new Headers(request.headers)
  headers.delete('transfer-encoding')
  headers.set('content-length', String(body.byteLength))
  return new Request(request.url, {
    method: request.method,
    headers,
    body,
    signal: request.signal,
  })
}

const METHOD_OVERRIDE = ['x-payload-http-method-override', 'x-http-method-override']

/**
 * Payload reads a body as JSON only under exactly `application/json`, and as a form only when it is multipart; any
 * other body reaches the hooks as nothing, and a JSON string, number or null as itself, where they fail with a 500.
 * A body is JSON holding an object; a form under a method override (Payload's GET by POST) is let through.
 */
export function bodyProblem(headers: Headers, body: Uint8Array): Refusal | null {
  if (body.byteLength === 0) return null
  const mediaType = (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const overridden = METHOD_OVERRIDE.some((name) => headers.get(name)?.toUpperCase() === 'GET')
  if (overridden && mediaType === 'application/x-www-form-urlencoded') return null
  if (mediaType !== 'application/json') return 'bodyNotJson'
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder().decode(body))
  } catch {
    // Payload answers malformed JSON with its own 400 (malformedJsonIsBadRequest).
    return null
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'bodyNotObject'
  if (nestsTooDeep(value)) return 'bodyTooDeep'
  return holdsUnstorableText(value) ? 'bodyUnstorableText' : null
}

/** How deeply a body's objects and arrays may nest: rich text with lists in lists takes a few dozen levels. */
export const NESTING_LIMIT = 100

/**
 * Whether objects and arrays nest deeper than NESTING_LIMIT. Payload copies a document's data recursively, and data
 * nested two thousand levels deep overflowed its stack (500).
 */
export function nestsTooDeep(root: unknown): boolean {
  const pending: [unknown, number][] = [[root, 1]]
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!
    if (typeof value !== 'object' || value === null) continue
    if (depth > NESTING_LIMIT) return true
    for (const item of Object.values(value)) pending.push([item, depth + 1])
  }
  return false
}

/**
 * A NUL, or half of a surrogate pair, that JSON escapes can carry: PostgreSQL's text refuses the first and its jsonb
 * both, and the query fails (500) rather than the client being told. No text of the site has them.
 */
function holdsUnstorableText(root: object): boolean {
  const pending: unknown[] = [root]
  while (pending.length > 0) {
    const value = pending.pop()
    if (typeof value === 'string') {
      if (value.includes('\u0000') || !value.isWellFormed()) return true
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) pending.push(key, item)
    }
  }
  return false
}

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/** A route handler that sees only bodies within the limits. */
export function withBodyLimits<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const checked = await limitRequestBody(request)
    return checked instanceof Response ? checked : handler(checked, context)
  }
}

/** The answer to an error Payload raised for what the client sent: the status, and why in the admin's language. */
function refused(req: PayloadRequest, status: number, refusal: Refusal) {
  const language = req.i18n?.language ?? answerLanguage(req.headers ?? new Headers())
  return { status, response: { errors: [{ message: refusalMessage(refusal, language) }] } }
}

/** Payload stops an upload over the limit with 413 and an English sentence; the admin shows it in its language. */
export const explainTooLarge: AfterErrorHook = ({ error, req }) => {
  const status = 'status' in error ? error.status : undefined
  if (status !== 413) return
  return refused(req, 413, 'fileTooLarge')
}

/**
 * What Payload and busboy say of a multipart body they cannot read (no boundary, cut short, a broken part header):
 * Payload answers them with a 500, though the client sent them.
 */
const MALFORMED_FORM = [
  'Request is not eligible for file upload',
  'Unexpected end of form',
  'Unexpected end of file',
  'Malformed part header',
  'Multipart: Boundary not found',
]

export const malformedFormIsBadRequest: AfterErrorHook = ({ error, req }) => {
  if (!MALFORMED_FORM.includes(error.message)) return
  return refused(req, 400, 'malformedForm')
}

/**
 * A media record sent as JSON with a `url` and a `filename` makes Payload fetch that address for its file, before any
 * hook of the collection; when the fetch fails (an unsafe or unreachable address) Payload answers 500, though the
 * client named the address. Known by its class, not its name: the production build shortens class names.
 */
export const unfetchableFileIsBadRequest: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof FileRetrievalError)) return
  return refused(req, 400, 'fileNotFetched')
}
