// `npm run backup` and `npm run restore`, run as commands against a live database of the Vitest project's engine: the
// content and the uploads come back as they were when the backup was made.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sqliteFile } from '@/lib/config/environment'

import type { TestDatabase } from './helpers/databases'
import { testEngine } from './helpers/engine'
import { startPayload, stopPayload } from './helpers/payload'

const { kind, createDatabase } = testEngine()

function npmRun(script: 'backup' | 'restore', folder: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', folder], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`npm run ${script} failed:\n${output}`)),
    )
  })
}

/** The topics' slugs as a fresh connection reads them: not through the Payload that the restore went behind. */
async function topicSlugs(uri: string): Promise<string[]> {
  const query = 'SELECT slug FROM topics ORDER BY slug'
  if (kind === 'sqlite') {
    const client = createClient({ url: uri })
    try {
      return (await client.execute(query)).rows.map((row) => String(row.slug))
    } finally {
      client.close()
    }
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query<{ slug: string }>(query)).rows.map((row) => row.slug)
  } finally {
    await client.end()
  }
}

describe(`backup and restore on ${kind}`, () => {
  let database: TestDatabase
  let payload: Payload | undefined
  // Made before the tests, not while they are collected: `vitest list` would leave an empty folder behind each time.
  let folder = ''

  beforeAll(async () => {
    folder = path.join(mkdtempSync(path.join(tmpdir(), 'mfa-int-backup-')), 'backup')
    database = await createDatabase()
    payload = await startPayload(database.uri, kind)
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
    if (folder) rmSync(path.dirname(folder), { recursive: true, force: true })
  })

  const topic = (slug: string) =>
    payload!.create({
      collection: 'topics',
      locale: 'en',
      data: { name: slug, slug, _status: 'published' },
    })

  it('brings back the content and the uploads as they were at the backup, taken while the site ran', async () => {
    const media = process.env.MEDIA_DIR!
    await topic('kept-by-the-backup')
    writeFileSync(path.join(media, 'photo.webp'), 'the photo as it was')
    if (kind === 'sqlite') {
      // The new topic is still only in the write-ahead log: a copy of the database file alone would miss it.
      expect(statSync(`${sqliteFile(database.uri)}-wal`).size).toBeGreaterThan(0)
    }

    expect(await npmRun('backup', folder)).toContain('Backed up')
    expect(readdirSync(folder).sort()).toEqual(
      ['backup.json', kind === 'sqlite' ? 'database.sqlite' : 'database.pgdump', 'media'].sort(),
    )

    // What goes wrong after the backup: a deletion, a change nobody wanted, a lost and an unwanted file.
    await payload!.delete({ collection: 'topics', where: { slug: { equals: 'kept-by-the-backup' } } })
    await topic('made-after-the-backup')
    rmSync(path.join(media, 'photo.webp'))
    writeFileSync(path.join(media, 'stray.webp'), 'not in the backup')
    expect(await topicSlugs(database.uri)).toEqual(['made-after-the-backup'])

    // The site is stopped for a restore (README, Operations).
    await stopPayload(payload)
    payload = undefined
    expect(await npmRun('restore', folder)).toContain('Restored')

    expect(await topicSlugs(database.uri)).toEqual(['kept-by-the-backup'])
    expect(readdirSync(media)).toEqual(['photo.webp'])
    expect(existsSync(`${media}.restoring`)).toBe(false)
  })

  it('refuses a folder that holds no backup', async () => {
    await expect(npmRun('restore', path.dirname(folder))).rejects.toThrow('is not a backup')
  })
})
