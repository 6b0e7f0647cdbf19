import { globSync, readFileSync } from 'node:fs'

import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Door, doorMap } from './map'

let config: SanitizedConfig
let doors: Door[]

beforeAll(async () => {
  config = await (await import('@payload-config')).default
  doors = doorMap(config)
}, 60_000)

const names = (owner: string) => doors.filter((door) => door.owner === owner).map((door) => door.name)

/** What Payload documents for each kind of collection, as the issue lists it. */
const EVERY_COLLECTION = [
  'GET /api/:collection',
  'POST /api/:collection',
  'PATCH /api/:collection',
  'DELETE /api/:collection',
  'GET /api/:collection/:id',
  'PATCH /api/:collection/:id',
  'DELETE /api/:collection/:id',
  'GET /api/:collection/count',
  'POST /api/:collection/access/:id?',
]
const VERSIONS = [
  'GET /api/:collection/versions',
  'GET /api/:collection/versions/:id',
  'POST /api/:collection/versions/:id',
]
const ACCOUNTS = [
  'GET /api/:collection/me',
  'POST /api/:collection/login',
  'POST /api/:collection/logout',
  'POST /api/:collection/refresh-token',
  'POST /api/:collection/forgot-password',
  'POST /api/:collection/reset-password',
  'POST /api/:collection/unlock',
  'POST /api/:collection/first-register',
]

describe('the map of every door', () => {
  it('has every REST operation of every collection, Payload’s own included', () => {
    const slugs = config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(
      expect.arrayContaining(['press-releases', 'users', 'media', 'payload-locked-documents']),
    )
    for (const collection of config.collections)
      // Payload closes REST to its migrations (`endpoints: false`), and the map has none for it.
      expect(names(`collection ${collection.slug}`)).toEqual(
        collection.endpoints ? expect.arrayContaining(EVERY_COLLECTION) : [],
      )
    // Versions where they are kept; elsewhere their addresses answer 404 (lib/protection/payloadEndpoints.ts).
    for (const collection of config.collections) {
      const versions = names(`collection ${collection.slug}`).filter((name) => VERSIONS.includes(name))
      expect(versions, collection.slug).toEqual(collection.versions ? VERSIONS : [])
    }
    for (const slug of ['press-releases', 'events', 'documents', 'topics'])
      expect(names(`collection ${slug}`)).toContain('POST /api/:collection/:id/duplicate')
    expect(names('collection users')).toEqual(expect.arrayContaining(ACCOUNTS))
    expect(names('collection media')).toEqual(
      expect.arrayContaining(['GET /api/:collection/file/:filename', 'GET /api/:collection/paste-url/:id?']),
    )
  })

  it('has every global’s read, update and versions, and the configuration’s own endpoints', () => {
    for (const global of config.globals)
      expect(names(`global ${global.slug}`)).toEqual(
        expect.arrayContaining([
          'GET /api/globals/:global',
          'POST /api/globals/:global',
          'GET /api/globals/:global/versions',
          'GET /api/globals/:global/versions/:id',
        ]),
      )
    expect(names('config')).toEqual(
      expect.arrayContaining(['GET /api/health', 'GET /api/preview', 'GET /api/preview/exit']),
    )
  })

  it('has every page and every method of every route handler under app/, with the parameters they read', () => {
    for (const file of globSync('app/**/{page,route}.{ts,tsx}')) {
      if (file.startsWith('app/(payload)/api/')) continue
      const owned = doors.filter((door) => door.owner === file)
      expect(owned.length, file).toBeGreaterThan(0)
      const source = readFileSync(file, 'utf8')
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])
        if (new RegExp(`export (async )?(function|const) ${method}\\b`).test(source))
          expect(
            owned.map((door) => door.method),
            file,
          ).toContain(method)
    }
    const door = (name: string) => doors.find((candidate) => candidate.name === name)
    expect(door('GET /:locale/press-releases/:slug')?.params).toEqual(['locale', 'slug'])
    expect(door('GET /:locale/press-releases')?.query).toEqual(
      expect.arrayContaining(['page', 'topic', 'year']),
    )
    expect(door('GET /:locale/documents')?.query).toEqual(expect.arrayContaining(['type']))
    expect(door('GET /:locale/search')?.query).toEqual(expect.arrayContaining(['q', 'page']))
    expect(door('POST /:locale/subscribe/confirm')?.query).toContain('token')
    expect(door('POST /:locale/feedback')?.query).toContain('page')
    expect(door('GET /:locale/low-vision')?.query).toContain('back')
    expect(door('GET /admin/:segments*')?.query).toEqual(expect.arrayContaining(['where', 'localeCodes']))
    for (const name of [
      'GET /sitemap.xml',
      'GET /sitemaps/:part',
      'GET /robots.txt',
      'GET /admin/:segments*',
      'GET /:locale/:rest+',
    ])
      expect(door(name), name).toBeDefined()
  })

  it('names each door once', () => {
    const keys = doors.map((door) => `${door.owner} ${door.name}`)
    expect(keys.length).toBe(new Set(keys).size)
  })
})
