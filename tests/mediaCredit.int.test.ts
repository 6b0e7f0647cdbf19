// The photo credit became a text per language (migration localized_media_credit), on the engine of the Vitest project
// (int-sqlite, int-postgres): credits written before it stay as the English text, and the press service's own credit
// reads in Kazakh and Russian as it signs its photographs there.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { committedMigrations } from '@/migrations'
import { pressServiceCredit } from '@/seed/content/credit'

import type { TestDatabase } from './helpers/databases'
import { testEngine } from './helpers/engine'
import { stopPayload } from './helpers/payload'

const { kind, createDatabase } = testEngine()

/** The adapter's own way to run a statement, the same on both engines. */
interface RawDatabase {
  drizzle: unknown
  execute: (args: { drizzle: unknown; raw: string }) => unknown
}

describe(`the photo credit in each language on ${kind}`, () => {
  let database: TestDatabase
  let payload: Payload

  beforeAll(async () => {
    database = await createDatabase()
    process.env.DATABASE_URI = database.uri
    process.env.MEDIA_DIR = mkdtempSync(path.join(tmpdir(), 'mfa-media-'))
    process.env.PAYLOAD_SECRET = 'integration-test-secret'
    const [{ default: config }, { getPayload }] = await Promise.all([
      import('@payload-config'),
      import('payload'),
    ])
    payload = await getPayload({ config })
    const migrations = await committedMigrations(kind)
    const localized = migrations.findIndex((migration) => migration.name.endsWith('_localized_media_credit'))
    expect(localized).toBeGreaterThan(0)

    // The database as it was before: one credit per picture, whatever the language.
    await payload.db.migrate({ migrations: migrations.slice(0, localized) })
    const db = payload.db as unknown as RawDatabase
    const run = (raw: string) => db.execute({ drizzle: db.drizzle, raw })
    await run(
      `INSERT INTO media (id, filename, mime_type, credit) VALUES (901, 'talks.jpg', 'image/jpeg', '${pressServiceCredit.en}')`,
    )
    await run(
      `INSERT INTO media (id, filename, mime_type, credit) VALUES (902, 'agency.jpg', 'image/jpeg', 'Kazinform')`,
    )
    await run(`INSERT INTO media (id, filename, mime_type) VALUES (903, 'uncredited.jpg', 'image/jpeg')`)
    for (const id of [901, 902, 903])
      for (const locale of ['kk', 'ru', 'en'])
        await run(
          `INSERT INTO media_locales (alt, _locale, _parent_id) VALUES ('Picture ${id}', '${locale}', ${id})`,
        )

    await payload.db.migrate({ migrations })
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
  })

  const creditOf = async (id: number, locale: 'kk' | 'ru' | 'en') =>
    (await payload.findByID({ collection: 'media', id, locale, fallbackLocale: false, depth: 0 })).credit

  it('keeps the press service’s credit in English and writes it in Kazakh and Russian', async () => {
    expect(await creditOf(901, 'en')).toBe('MFA of Kazakhstan press service')
    expect(await creditOf(901, 'kk')).toBe('ҚР Сыртқы істер министрлігінің баспасөз қызметі')
    expect(await creditOf(901, 'ru')).toBe('Пресс-служба МИД Республики Казахстан')
  })

  it('keeps any other credit in every language, for an editor to translate, and no credit where none was', async () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      expect(await creditOf(902, locale)).toBe('Kazinform')
      expect((await creditOf(903, locale)) ?? null).toBeNull()
    }
  })

  it('lets each language have its own credit from now on', async () => {
    await payload.update({ collection: 'media', id: 902, locale: 'ru', data: { credit: 'Казинформ' } })
    expect(await creditOf(902, 'ru')).toBe('Казинформ')
    expect(await creditOf(902, 'kk')).toBe('Kazinform')
  })
})
