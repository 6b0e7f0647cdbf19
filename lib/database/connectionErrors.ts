import type { AfterErrorHook } from 'payload'

import { refusalMessage } from '@/i18n/admin/labels/refusals'

import { databaseUnreachableSince } from './unreachable.mjs'

/** The server or the network between: nobody answers, or the connection broke. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
])

/**
 * PostgreSQL's own codes for "not now": the server is shutting down or starting (57P01–57P03), has no connection
 * slot left (53300), or cancelled a statement that ran past statement_timeout (57014); class 08 is a broken
 * connection.
 */
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03', '53300', '57014'])

/**
 * node-postgres reports a lost server or a timeout in words only, without a code; and Payload, starting a transaction,
 * keeps only the words of the driver's error ("cannot begin transaction: connect ECONNREFUSED …").
 */
const UNAVAILABLE_IN_WORDS = new RegExp(
  [
    'Connection terminated',
    'timeout exceeded when trying to connect',
    'Query read timeout',
    'is not queryable',
    ...[...NETWORK_CODES].map((code) => `\\b${code}\\b`),
  ].join('|'),
)

function isUnavailableItself(error: object): boolean {
  const code = 'code' in error && typeof error.code === 'string' ? error.code : ''
  const message = 'message' in error && typeof error.message === 'string' ? error.message : ''
  return (
    NETWORK_CODES.has(code) ||
    POSTGRES_CODES.has(code) ||
    code.startsWith('08') ||
    UNAVAILABLE_IN_WORDS.test(message)
  )
}

/**
 * Whether an error means the database could not be reached or answer in time, as opposed to a fault in the query or
 * the data. Drizzle and Payload wrap the driver's error (`cause`), and a host with several addresses fails with all
 * of them (`errors`); production builds shorten class names, so codes and words are what count.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false
  if (isUnavailableItself(error)) return true
  if ('cause' in error && isDatabaseUnavailable(error.cause, depth + 1)) return true
  return (
    'errors' in error &&
    Array.isArray(error.errors) &&
    error.errors.some((inner: unknown) => isDatabaseUnavailable(inner, depth + 1))
  )
}

/** How recently the database must have been found unreachable for a refusal of a signed-in request to be its fault. */
const OUTAGE_WINDOW_MS = 10_000

/**
 * Payload reads the signed-in user from the database; when it cannot, it carries on as if nobody had signed in, and
 * the editor's save is refused as forbidden. A refusal of a request that carries a session, while the database was
 * just found away, is the outage's.
 */
function refusedForLostSession(error: unknown, req: { headers?: Headers }): boolean {
  const forbidden = typeof error === 'object' && error !== null && 'status' in error && error.status === 403
  const headers = req.headers
  const signedIn = Boolean(
    headers?.get('authorization') || headers?.get('cookie')?.includes('payload-token='),
  )
  return forbidden && signedIn && databaseUnreachableSince(performance.now() - OUTAGE_WINDOW_MS)
}

/**
 * A request to the API that failed because the database is away answers 503, which tells clients and the admin to
 * come back later, with a sentence in the admin's language: a save that gets it was not stored.
 */
export const databaseUnavailableIsTemporary: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error) && !refusedForLostSession(error, req)) return
  return {
    status: 503,
    response: { errors: [{ message: refusalMessage('databaseUnavailable', req.i18n?.language) }] },
  }
}
