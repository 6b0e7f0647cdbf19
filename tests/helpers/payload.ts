import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import type { DatabaseKind } from '@/lib/config/environment'
import { committedMigrations } from '@/migrations'

/**
 * Payload on the given database, migrated with the committed migrations of its engine. The configuration reads
 * the environment when first imported, so each test file (its own process) sets it before.
 */
export async function startPayload(uri: string, kind: DatabaseKind): Promise<Payload> {
  process.env.DATABASE_URI = uri
  process.env.MEDIA_DIR = mkdtempSync(path.join(tmpdir(), 'mfa-media-'))
  process.env.PAYLOAD_SECRET = 'integration-test-secret'
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
  ])
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: await committedMigrations(kind) })
  return payload
}

/**
 * Payload's destroy() leaves PostgreSQL's pool open, with one connection it never releases, so the pool cannot be
 * ended; dropping the database WITH (FORCE) closes them, and the pool's error listener (lib/database/postgresPool.ts) logs it.
 */
export async function stopPayload(payload: Payload | undefined): Promise<void> {
  await payload?.destroy()
}
