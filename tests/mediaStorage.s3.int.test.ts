// Uploads in an S3 bucket (S3_BUCKET): what several instances need to see the same files. Against a real S3 API on
// 127.0.0.1 (s3rver) and a real SQLite database; the storage does not depend on the database's engine.
import { readdirSync } from 'node:fs'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mediaDir } from '@/lib/config/environment'
import { mediaPath } from '@/lib/format/mediaPath'
import { drawDocumentPdf } from '@/seed/pdf'

import { createSqliteDatabase, type TestDatabase } from './helpers/databases'
import { startPayload, stopPayload } from './helpers/payload'
import { startLocalS3, type LocalS3 } from './helpers/s3'
import { rest } from './security/rest'

const photo = () =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: '#0b3a5b' } })
    .jpeg()
    .toBuffer()

describe('uploads in an S3 bucket', () => {
  let s3: LocalS3
  let database: TestDatabase
  let payload: Payload | undefined

  beforeAll(async () => {
    s3 = await startLocalS3()
    Object.assign(process.env, s3.env)
    database = createSqliteDatabase()
    payload = await startPayload(database.uri, 'sqlite')
  })

  afterAll(async () => {
    await stopPayload(payload)
    await database?.drop()
    await s3?.stop()
  })

  const upload = async (name: string, mimetype: string, data: Buffer) =>
    payload!.create({
      collection: 'media',
      locale: 'kk',
      data: { alt: 'Астанадағы Сыртқы істер министрлігінің ғимараты' },
      file: { name, mimetype, data, size: data.length },
    })

  it('puts a photo and each of its sizes in the bucket, and nothing in the media folder', async () => {
    const media = await upload('ministry.jpg', 'image/jpeg', await photo())
    const keys = await s3.objects()
    expect(keys).toContain(media.filename)
    for (const size of Object.values(media.sizes ?? {})) expect(keys).toContain(size?.filename)
    expect(keys.length).toBe(5)
    expect(readdirSync(mediaDir())).toEqual([])
  })

  it('serves a visitor the file from the bucket at the same address as from disk', async () => {
    const bytes = await photo()
    const media = await upload('talks.jpg', 'image/jpeg', bytes)
    expect(mediaPath(media.url ?? '')).toBe(`/api/media/file/${media.filename}`)
    const answer = await rest('GET', `/media/file/${media.filename}`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('image/jpeg')
    expect(answer.headers.get('cache-control')).toBe('public, max-age=86400')
    expect(Buffer.from(await answer.arrayBuffer()).equals(bytes)).toBe(true)
  })

  it('keeps a PDF no published document holds from visitors, as on disk', async () => {
    const pdf = await drawDocumentPdf({
      title: 'Жоба',
      heading: ['Қазақстан Республикасының Сыртқы істер министрлігі', 'Бұйрық'],
      placeAndDate: 'Астана қаласы',
      body: 'Әлі қол қойылмаған бұйрықтың жобасы.',
      language: 'kk',
    })
    const media = await upload('draft-order.pdf', 'application/pdf', pdf)
    expect(await s3.objects()).toContain(media.filename)
    const answer = await rest('GET', `/media/file/${media.filename}`)
    expect([403, 404]).toContain(answer.status)
    expect(Buffer.from(await answer.arrayBuffer()).includes(pdf)).toBe(false)
  })

  it('removes a deleted photo and its sizes from the bucket', async () => {
    const media = await upload('removed.jpg', 'image/jpeg', await photo())
    await payload!.delete({ collection: 'media', id: media.id })
    const keys = await s3.objects()
    expect(keys.filter((key) => key.startsWith('removed'))).toEqual([])
  })

  it('stores nothing of a file it refuses', async () => {
    const before = await s3.objects()
    await expect(
      upload('photo.png', 'image/png', Buffer.from('<html><script>alert(1)</script></html>')),
    ).rejects.toThrow()
    expect(await s3.objects()).toEqual(before)
  })
})
