// Uploads: the content decides the type, refused files leave nothing behind, names cannot reach outside the folder.
import { readdirSync } from 'node:fs'

import sharp from 'sharp'
import { expect, it } from 'vitest'

import { mediaDir } from '@/lib/config/environment'

import { PASSWORD, type SecurityContext } from './context'
import { rest } from './rest'

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
const HARMLESS_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect width="1" height="1"/></svg>'

/** Files that must never be stored, each dressed up as something the library accepts. */
const HOSTILE: { what: string; name: string; type: string; bytes: Buffer }[] = [
  {
    what: 'HTML named as a PNG',
    name: 'photo.png',
    type: 'image/png',
    bytes: Buffer.from('<html><script>alert(1)</script></html>'),
  },
  { what: 'an SVG', name: 'logo.svg', type: 'image/svg+xml', bytes: Buffer.from(SVG) },
  {
    what: 'a harmless-looking SVG named as a JPEG',
    name: 'logo.jpg',
    type: 'image/jpeg',
    bytes: Buffer.from(HARMLESS_SVG),
  },
  {
    what: 'an SVG with an XML prolog',
    name: 'logo.png',
    type: 'image/png',
    bytes: Buffer.from(`<?xml version="1.0"?>\n${SVG}`),
  },
  {
    what: 'a script named as a PDF',
    name: 'report.pdf',
    type: 'application/pdf',
    bytes: Buffer.from('#!/bin/sh\nrm -rf /\n'),
  },
  { what: 'an empty file', name: 'empty.jpg', type: 'image/jpeg', bytes: Buffer.alloc(0) },
]

export function uploadTests(context: () => SecurityContext) {
  let authorization: Record<string, string> = {}
  const upload = async (name: string, type: string, bytes: Buffer, language = 'en') => {
    if (!authorization.Authorization) {
      const author = await context().staff('author')
      const { token } = await context().payload.login({
        collection: 'users',
        data: { email: author.email, password: PASSWORD },
      })
      authorization = { Authorization: `JWT ${token}` }
    }
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    form.append('_payload', JSON.stringify({ alt: 'Сурет', credit: 'Test' }))
    return rest('POST', '/media', { form, headers: { ...authorization, Cookie: `payload-lng=${language}` } })
  }
  const stored = async () => ({
    files: readdirSync(mediaDir()).sort(),
    rows: (await context().payload.count({ collection: 'media' })).totalDocs,
  })
  const jpeg = () =>
    sharp({ create: { width: 8, height: 8, channels: 3, background: '#1f4e79' } })
      .jpeg()
      .toBuffer()

  for (const file of HOSTILE) {
    it(`refuses ${file.what} with a clear 400, leaving no file and no row`, async () => {
      const before = await stored()
      const answer = await upload(file.name, file.type, file.bytes)
      expect(answer.status).toBe(400)
      expect(JSON.stringify(await answer.json())).toMatch(/file is empty|type of file is not accepted/)
      expect(await stored()).toEqual(before)
    })
  }

  it('explains a refused file in the admin’s language', async () => {
    const answer = await upload('photo.png', 'image/png', Buffer.from('<html></html>'), 'kk')
    expect(JSON.stringify(await answer.json())).toContain('Бұл файл түрі қабылданбайды')
  })

  it('stores an accepted file under a clean name of its real type, inside the media folder', async () => {
    const answer = await upload('../../../Астана <b>.PNG', 'image/png', await jpeg())
    expect(answer.status).toBe(201)
    const { doc } = (await answer.json()) as { doc: { filename: string; mimeType: string } }
    expect(doc).toMatchObject({
      filename: expect.stringMatching(/^astana-b(-\d+)?\.jpg$/),
      mimeType: 'image/jpeg',
    })
    expect(readdirSync(mediaDir())).toContain(doc.filename)
  })

  it('refuses a file over 25 MB with 413, never storing part of it', async () => {
    const before = await stored()
    const big = Buffer.concat([await jpeg(), Buffer.alloc(25 * 1024 * 1024 + 1)])
    const answer = await upload('big.jpg', 'image/jpeg', big, 'ru')
    expect(answer.status).toBe(413)
    expect(JSON.stringify(await answer.json())).toContain(
      'Файл слишком большой: допускается не более 25\u00a0МБ.',
    )
    expect(await stored()).toEqual(before)
  })
}
