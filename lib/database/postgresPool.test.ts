import { describe, expect, it } from 'vitest'

import { CONNECT_TIMEOUT_MS, postgresPoolOptions, QUERY_TIMEOUT_MS, watchfulPg } from './postgresPool'
import { databaseUnreachableSince } from './unreachable.mjs'

const URI = 'postgres://portal:secret@127.0.0.1:1/portal'

describe('the PostgreSQL pool', () => {
  it('never waits long for a connection, and holds the web server to seconds per statement', () => {
    const serving = postgresPoolOptions(URI, { serving: true })
    expect(serving.connectionTimeoutMillis).toBe(CONNECT_TIMEOUT_MS)
    expect(serving.query_timeout).toBe(QUERY_TIMEOUT_MS)
    expect(serving.statement_timeout).toBeLessThan(QUERY_TIMEOUT_MS)
    // Migrations and imports may take their time, but not to connect.
    const script = postgresPoolOptions(URI, { serving: false })
    expect(script.connectionTimeoutMillis).toBe(CONNECT_TIMEOUT_MS)
    expect(script.statement_timeout).toBeUndefined()
    expect(script.query_timeout).toBeUndefined()
  })

  it('survives a dropped idle connection instead of taking the process down', async () => {
    const pool = new watchfulPg.Pool(postgresPoolOptions(URI, { serving: true }))
    // A pool emits 'error' for a dropped idle connection; with no listener, emit() would throw it.
    expect(() =>
      pool.emit('error', new Error('terminating connection due to administrator command')),
    ).not.toThrow()
    await pool.end()
  })

  it('notes when the database cannot be reached, for the server to answer 503', async () => {
    const pool = new watchfulPg.Pool(postgresPoolOptions(URI, { serving: true }))
    const before = performance.now()
    await expect(pool.query('select 1')).rejects.toThrow('ECONNREFUSED')
    expect(databaseUnreachableSince(before)).toBe(true)
    await pool.end()
  })
})
