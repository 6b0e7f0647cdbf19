import type { PayloadRequest } from 'payload'
import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { databaseUnavailableIsTemporary, isDatabaseUnavailable } from './connectionErrors'
import { noteDatabaseUnreachable } from './unreachable.mjs'

/** What node-postgres throws when nothing listens on the port: port 1 is never PostgreSQL. */
async function refusedConnection(): Promise<Error> {
  const client = new pg.Client({ host: '127.0.0.1', port: 1, connectionTimeoutMillis: 2000 })
  return client.connect().then(
    () => {
      throw new Error('port 1 answered')
    },
    (error: Error) => error,
  )
}

/** An error as Drizzle wraps the driver's: its own message, the driver's error as its cause. */
const failedQuery = (cause: unknown) => Object.assign(new Error('Failed query: select 1'), { cause })
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('a database error', () => {
  it('counts as unavailable when the server could not be reached, behind any wrapping', async () => {
    const refused = await refusedConnection()
    expect(isDatabaseUnavailable(refused)).toBe(true)
    expect(isDatabaseUnavailable(failedQuery(refused))).toBe(true)
    expect(isDatabaseUnavailable(new AggregateError([refused], 'every address failed'))).toBe(true)
    // Payload keeps only the words when a transaction cannot start.
    expect(isDatabaseUnavailable(new Error(`Error: cannot begin transaction: ${refused.message}`))).toBe(true)
  })

  it('counts as unavailable when the server shuts down, is full, or does not answer in time', () => {
    for (const error of [
      withCode('terminating connection due to administrator command', '57P01'),
      withCode('sorry, too many clients already', '53300'),
      withCode('canceling statement due to statement timeout', '57014'),
      withCode('connection failure', '08006'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Query read timeout'),
    ])
      expect(isDatabaseUnavailable(failedQuery(error)), error.message).toBe(true)
  })

  it('does not, when the query or the data is at fault', () => {
    for (const error of [
      withCode('duplicate key value violates unique constraint', '23505'),
      withCode('column "x" does not exist', '42703'),
      new Error('Failed query: select 1'),
      new TypeError('Cannot read properties of undefined'),
    ])
      expect(isDatabaseUnavailable(failedQuery(error)), error.message).toBe(false)
    expect(isDatabaseUnavailable(undefined)).toBe(false)
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false)
  })
})

describe('the API, when the database is unavailable', () => {
  const request = (language: string) => ({ i18n: { language } }) as unknown as PayloadRequest
  const hook = (error: Error, language: string) =>
    databaseUnavailableIsTemporary({ error, req: request(language), context: {}, result: undefined })

  it("answers 503 in the admin's language", async () => {
    const error = failedQuery(await refusedConnection())
    expect(hook(error, 'kk')).toEqual({
      status: 503,
      response: { errors: [{ message: expect.stringContaining('Дерекқор уақытша қолжетімсіз') }] },
    })
    expect(JSON.stringify(hook(error, 'ru'))).toContain('База данных временно недоступна')
  })

  it('leaves every other error to Payload', () => {
    expect(hook(withCode('duplicate key', '23505'), 'en')).toBeUndefined()
  })

  it('answers 503, not 403, to a signed-in save refused because its session could not be read', () => {
    const forbidden = Object.assign(new Error('You are not allowed to perform this action.'), { status: 403 })
    const saved = (headers: Record<string, string>) =>
      databaseUnavailableIsTemporary({
        error: forbidden,
        req: { i18n: { language: 'ru' }, headers: new Headers(headers) } as unknown as PayloadRequest,
        context: {},
        result: undefined,
      })
    const session = { Authorization: 'JWT token-of-an-editor' }
    expect(saved(session)).toBeUndefined()
    noteDatabaseUnreachable()
    expect(saved(session)).toMatchObject({ status: 503 })
    expect(saved({ Cookie: 'payload-token=abc' })).toMatchObject({ status: 503 })
    // Nobody signed in: forbidden is the true answer, outage or not.
    expect(saved({})).toBeUndefined()
  })
})
