// The site under test as the fuzzer meets it: a running server, an account of each role, and a little content of
// every kind, made through REST as the newsroom would, so that addresses with real ids and slugs lead somewhere.
import sharp from 'sharp'

import type { Role } from '@/access/roles'
import { WITHOUT_REVIEW } from '@/e2e/helpers/withoutReview'
import { E2E_ADMIN } from '@/playwright.config'
import { paragraphsToRichText } from '@/seed/richText'

export type Actor = 'anonymous' | Role
export const ACTORS: Actor[] = ['anonymous', 'author', 'editor', 'admin']

export interface SiteUnderTest {
  baseUrl: string
  /** The Authorization header of each actor (none for anonymous). */
  headers: Record<Actor, Record<string, string>>
  /** Ids that exist, by collection; for users, only accounts the fuzz may lose. */
  ids: Record<string, number[]>
  /** Slugs that exist, and one each release, event and document had before, by collection. */
  slugs: Record<'press-releases' | 'events' | 'documents', string[]>
  formerSlugs: Record<'press-releases' | 'events' | 'documents', string[]>
  mediaFilenames: string[]
  /** An account the fuzz may change, delete or name as someone else. */
  victimUserId: number
  pdfId: number
  imageId: number
  /** Files to upload: a real image and PDF, and what pretends to be one. */
  files: { name: string; type: string; bytes: Uint8Array }[]
}

/** The client address each request claims (the server trusts 127.0.0.1's X-Forwarded-For): a fresh one per request. */
export function clientAddress(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
}

async function call(baseUrl: string, method: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    ...init,
    headers: { 'x-forwarded-for': '192.0.2.10', ...(init.headers as Record<string, string>) },
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text) as { doc?: { id: number; slug?: string; filename?: string }; token?: string }
}

const json = (body: unknown, headers: Record<string, string>): RequestInit => ({
  headers: { ...headers, 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

async function signIn(baseUrl: string, email: string, password: string): Promise<Record<string, string>> {
  const { token } = await call(baseUrl, 'POST', '/api/users/login', json({ email, password }, {}))
  return { Authorization: `JWT ${token}` }
}

async function upload(
  baseUrl: string,
  headers: Record<string, string>,
  name: string,
  type: string,
  bytes: Buffer,
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Fuzz' }))
  const { doc } = await call(baseUrl, 'POST', '/api/media', { headers, body: form })
  return doc!
}

/** Accounts, a topic, an image and a PDF, and a published and a draft release, event and document. */
export async function prepareSite(baseUrl: string): Promise<SiteUnderTest> {
  const root = await signIn(baseUrl, E2E_ADMIN.email, E2E_ADMIN.password)
  const password = 'fuzz account password 2026'
  const account = async (role: Role, name: string) => {
    const email = `fuzz-${name}@example.com`
    const { doc } = await call(baseUrl, 'POST', '/api/users', json({ email, password, name, role }, root))
    return { id: doc!.id, email }
  }
  const accounts = {
    author: await account('author', 'author'),
    editor: await account('editor', 'editor'),
    admin: await account('admin', 'admin'),
  }
  const victim = await account('author', 'victim')
  const headers: SiteUnderTest['headers'] = {
    anonymous: {},
    author: await signIn(baseUrl, accounts.author.email, password),
    editor: await signIn(baseUrl, accounts.editor.email, password),
    admin: await signIn(baseUrl, accounts.admin.email, password),
  }

  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1f3a8a' } })
    .png()
    .toBuffer()
  const image = await upload(baseUrl, root, 'fuzz.png', 'image/png', png)
  const { drawDocumentPdf } = await import('@/seed/pdf')
  const pdfBytes = await drawDocumentPdf({
    title: 'Fuzz',
    heading: ['Fuzz'],
    placeAndDate: 'Астана',
    body: 'Мәтін',
    language: 'kk',
  })
  const pdf = await upload(baseUrl, root, 'fuzz.pdf', 'application/pdf', pdfBytes)
  const { doc: topic } = await call(
    baseUrl,
    'POST',
    '/api/topics?locale=kk',
    json({ name: 'Fuzz тақырып' }, root),
  )

  const common = { summary: 'Қысқаша', topics: [topic!.id] }
  const bodies = {
    'press-releases': {
      ...common,
      body: paragraphsToRichText(['Мәтін']),
      publishedAt: new Date().toISOString(),
    },
    events: { ...common, startsAt: new Date().toISOString(), kind: 'official-visit', location: 'Астана' },
    documents: { ...common, documentType: 'statement', signedAt: new Date().toISOString(), file: pdf.id },
  }
  const ids: Record<string, number[]> = { topics: [topic!.id], media: [image.id, pdf.id], users: [victim.id] }
  const slugs = { 'press-releases': [], events: [], documents: [] } as SiteUnderTest['slugs']
  const formerSlugs = { 'press-releases': [], events: [], documents: [] } as SiteUnderTest['formerSlugs']
  for (const [collection, body] of Object.entries(bodies) as [keyof typeof bodies, object][]) {
    const create = async (title: string, status: 'published' | 'draft') => {
      const query = status === 'draft' ? '?locale=kk&draft=true' : '?locale=kk'
      const data = { ...body, title, _status: status, ...(status === 'published' ? WITHOUT_REVIEW : {}) }
      const { doc } = await call(baseUrl, 'POST', `/api/${collection}${query}`, json(data, root))
      return doc!
    }
    const published = await create(`Fuzz ${collection} жарияланған`, 'published')
    const draft = await create(`Fuzz ${collection} жоба`, 'draft')
    // A corrected address, so that former addresses are among the doors.
    const moved = `${published.slug}-corrected`
    await call(
      baseUrl,
      'PATCH',
      `/api/${collection}/${published.id}?locale=kk`,
      json({ slug: moved, _status: 'published', ...WITHOUT_REVIEW }, root),
    )
    ids[collection] = [published.id, draft.id]
    slugs[collection] = [moved, draft.slug!]
    formerSlugs[collection] = [published.slug!]
  }
  return {
    baseUrl,
    headers,
    ids,
    slugs,
    formerSlugs,
    mediaFilenames: [image.filename!, pdf.filename!],
    victimUserId: victim.id,
    pdfId: pdf.id,
    imageId: image.id,
    files: [
      { name: 'photo.png', type: 'image/png', bytes: png },
      { name: 'text.pdf', type: 'application/pdf', bytes: pdfBytes },
      { name: 'photo.png', type: 'image/png', bytes: Buffer.from('<html><script>alert(1)</script></html>') },
      { name: 'logo.svg', type: 'image/svg+xml', bytes: Buffer.from('<svg onload="alert(1)"/>') },
      { name: '../../etc/passwd.png', type: 'image/png', bytes: png },
      { name: 'empty.png', type: 'image/png', bytes: new Uint8Array() },
      { name: 'half.png', type: 'image/png', bytes: png.subarray(0, png.length / 2) },
    ],
  }
}
