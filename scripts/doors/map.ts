// Every address the site answers, read from what defines it: Payload's sanitized configuration (each collection's
// and global's endpoints, Payload's own included, in the order Payload matches them) and the files of app/ (each
// page and route handler, with the parameters its path and code take). Nothing is listed by hand, so a new
// collection, endpoint or page is fuzzed the day it is added (scripts/doors/map.test.ts holds the map to that).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Endpoint, SanitizedConfig } from 'payload'

import { publicRewrites } from '@/server/publicRewrites.mjs'

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

export interface Door {
  /** REST of Payload, a route handler of the site, or a page. */
  kind: 'rest' | 'route' | 'page'
  method: HttpMethod
  /** The address with its parameters named: `/api/press-releases/:id`, `/:locale/events/:slug`. */
  path: string
  /** Path parameters, in order. */
  params: string[]
  /** Query or form keys the code reads. */
  query: string[]
  /** Whom the door belongs to: `collection press-releases`, `global site`, `app/(frontend)/…/page.tsx`. */
  owner: string
  /** The same door on every collection or page shares a name, for counting: `GET /:id`, `GET /:locale/events/:slug`. */
  name: string
}

const pathParams = (template: string) => [...template.matchAll(/:(\w+)\??/g)].map((match) => match[1]!)

/** `base` is the address of the collection or global; `shared` the same for all of its kind (`/api/:collection`). */
function restDoors(
  owner: string,
  base: string,
  shared: string,
  endpoints: Endpoint[] | false | undefined,
): Door[] {
  return (endpoints || []).map((endpoint) => {
    const method = endpoint.method.toUpperCase() as HttpMethod
    const suffix = endpoint.path === '/' ? '' : endpoint.path
    return {
      kind: 'rest',
      method,
      path: `${base}${suffix}`,
      params: pathParams(endpoint.path),
      query: [],
      owner,
      name: `${method} ${shared}${suffix}`,
    }
  })
}

/** Payload's REST: every endpoint of every collection and global, and the configuration's own. */
export function payloadDoors(config: SanitizedConfig): Door[] {
  return [
    ...config.collections.flatMap((collection) =>
      restDoors(
        `collection ${collection.slug}`,
        `/api/${collection.slug}`,
        '/api/:collection',
        collection.endpoints,
      ),
    ),
    ...config.globals.flatMap((global) =>
      restDoors(
        `global ${global.slug}`,
        `/api/globals/${global.slug}`,
        '/api/globals/:global',
        global.endpoints,
      ),
    ),
    ...restDoors('config', '/api', '/api', config.endpoints),
  ]
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

const ROUTE_FILE = /(^|\/)(page|route)\.tsx?$/

/**
 * What Payload's admin views read from the address (its lists, the comparison of versions, the document): inside
 * Payload, so not found in app/, and the one list here kept by hand.
 */
const ADMIN_QUERY_KEYS = [
  'where',
  'sort',
  'page',
  'limit',
  'search',
  'columns',
  'groupBy',
  'queryByGroup',
  'preset',
  'localeCodes',
  'versionFrom',
  'modifiedOnly',
  'locale',
  'depth',
]
const METADATA_ROUTES: Record<string, string> = { 'robots.ts': '/robots.txt' }

/**
 * The public address of an app/ file: route groups and the `[view]` segment (a rewrite's, never in an address)
 * left out, `%5F` folders (the rewrites' twins of lists with a query) under their list's address, brackets as
 * parameters.
 */
function addressOf(relative: string): string {
  const segments = path
    .dirname(relative)
    .split('/')
    .filter((segment) => segment !== '.' && !/^\(.*\)$/.test(segment) && segment !== '[view]')
    .filter((segment) => !segment.startsWith('%5F'))
    .map((segment) =>
      segment
        .replace(/^\[\[\.\.\.(\w+)\]\]$/, ':$1*')
        .replace(/^\[\.\.\.(\w+)\]$/, ':$1+')
        .replace(/^\[(\w+)\]$/, ':$1'),
    )
  return `/${segments.join('/')}`
}

/** The query and form keys a file reads: `searchParams.get('token')`, `form.get('email')`, `query.q`. */
function keysRead(source: string): string[] {
  const keys = new Set<string>()
  for (const match of source.matchAll(
    /\b(?:searchParams|query|form|URLSearchParams\([^)]*\))\.get\('([\w-]+)'\)/g,
  ))
    keys.add(match[1]!)
  for (const match of source.matchAll(/\bquery\.(\w+)\b(?!\()/g)) keys.add(match[1]!)
  return [...keys]
}

/** The query keys that give a list its `_query` twin (server/publicRewrites.mjs), by public address. */
function listQueryKeys(): Map<string, string[]> {
  const keys = new Map<string, string[]>()
  for (const rewrite of publicRewrites as { source: string; has?: { type: string; key: string }[] }[]) {
    const address = rewrite.source.replace(/^\/:locale\([^)]*\)/, '/:locale')
    for (const condition of rewrite.has ?? [])
      if (condition.type === 'query') keys.set(address, [...(keys.get(address) ?? []), condition.key])
  }
  return keys
}

/** The site's own pages and route handlers, from the files of app/. */
export function appDoors(appDir: string): Door[] {
  const lists = listQueryKeys()
  return filesUnder(appDir).flatMap((file): Door[] => {
    const relative = path.relative(appDir, file)
    const owner = `app/${relative}`
    const metadataAddress = METADATA_ROUTES[relative]
    if (metadataAddress)
      return [
        {
          kind: 'route',
          method: 'GET',
          path: metadataAddress,
          params: [],
          query: [],
          owner,
          name: `GET ${metadataAddress}`,
        },
      ]
    if (!ROUTE_FILE.test(relative)) return []
    // Payload's REST is mapped from the configuration, which this catch-all hands every /api address to.
    if (relative.startsWith('(payload)/api/')) return []
    const address = addressOf(relative)
    const source = readFileSync(file, 'utf8')
    const admin = relative.startsWith('(payload)/admin/') ? ADMIN_QUERY_KEYS : []
    const query = [...new Set([...keysRead(source), ...(lists.get(address) ?? []), ...admin])]
    const door = { params: pathParams(address), query, owner }
    if (relative.endsWith('page.tsx') || relative.endsWith('page.ts')) {
      // A list's twin for addresses with a page number or a filter: the same address, with a query.
      const name = relative.includes('/%5F') ? `GET ${address}?${query.join('&')}` : `GET ${address}`
      return [{ ...door, kind: 'page', method: 'GET', path: address, name }]
    }
    const methods = HTTP_METHODS.filter((method) =>
      new RegExp(`export\\s+(?:async\\s+)?(?:function|const)\\s+${method}\\b`).test(source),
    )
    return methods.map((method) => ({
      ...door,
      kind: 'route',
      method,
      path: address,
      name: `${method} ${address}`,
    }))
  })
}

/** Every door: Payload's REST from its configuration, the site's pages and handlers from app/. */
export function doorMap(config: SanitizedConfig, appDir = path.join(process.cwd(), 'app')): Door[] {
  return [...payloadDoors(config), ...appDoors(appDir)]
}
