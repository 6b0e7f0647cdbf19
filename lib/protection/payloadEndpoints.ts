import type { CollectionSlug, Endpoint, PayloadHandler, SanitizedConfig } from 'payload'

import { publicError } from '@/collections/shared/publicError'

const VERSIONS = new Set(['/versions', '/versions/:id'])

/** Payload's preferences are kept per user, by key. */
const PREFERENCES = 'payload-preferences'

/**
 * Payload deletes a preference with a query that fails on SQLite (500, "no such column") when the user has none
 * under that key; it answers as Payload answers a missing document, found with the query its read uses.
 */
function deletesOnlyExistingPreferences(handler: PayloadHandler): PayloadHandler {
  return async (req) => {
    const key = req.routeParams?.key
    const found =
      req.user &&
      (await req.payload.db.findOne({
        collection: PREFERENCES,
        where: {
          and: [
            { key: { equals: key } },
            { 'user.value': { equals: req.user.id } },
            { 'user.relationTo': { equals: req.user.collection } },
          ],
        },
        req,
      }))
    if (req.user && !found) throw publicError('NotFound', req.t('general:notFound'), 404)
    return handler(req)
  }
}

/**
 * An upload's address for a file no record names: Payload looks for it on the disk, for staff, and answers 500
 * when it is not there; it is a file that does not exist. The record is looked for as Payload's own read does.
 */
function servesOnlyRecordedFiles(
  handler: PayloadHandler,
  collection: CollectionSlug,
  imageSizes: readonly string[],
): PayloadHandler {
  return async (req) => {
    const filename = req.routeParams?.filename
    if (typeof filename !== 'string') return handler(req)
    const names = [
      { filename: { equals: filename } },
      ...imageSizes.map((size) => ({ [`sizes.${size}.filename`]: { equals: filename } })),
    ]
    const recorded = await req.payload.db.findOne({ collection, where: { or: names }, req })
    if (!recorded) throw publicError('NotFound', req.t('general:notFound'), 404)
    return handler(req)
  }
}

/** PostgreSQL's text cannot hold a NUL: a key, file name or token with one fails the query (500) rather than finding nothing. */
function refusingNul(handler: PayloadHandler): PayloadHandler {
  return (req) => {
    const params = Object.values(req.routeParams ?? {})
    if (params.some((value) => typeof value === 'string' && value.includes('\u0000')))
      throw publicError('NotFound', req.t('general:notFound'), 404)
    return handler(req)
  }
}

const withoutNul = (endpoint: Endpoint): Endpoint =>
  endpoint.path.includes(':') ? { ...endpoint, handler: refusingNul(endpoint.handler) } : endpoint

function open(endpoints: Endpoint[] | false, closed: (endpoint: Endpoint) => boolean): Endpoint[] | false {
  return endpoints && endpoints.filter((endpoint) => !closed(endpoint))
}

/**
 * Payload gives every collection and global all of its endpoints, and those this configuration does not use fail
 * with a 500 when called: the versions of what keeps none, e-mail verification where accounts are not verified,
 * the job schedules when none is defined. They are left out, so that their addresses answer 404 as any address
 * that does not exist; deleting a preference, or reading a file, that does not exist answers 404, as does an
 * address whose key, file name or token holds a NUL.
 */
export function tightenPayloadEndpoints(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const verifies = typeof collection.auth === 'object' && Boolean(collection.auth?.verify)
    collection.endpoints = open(
      collection.endpoints,
      (endpoint) =>
        (!collection.versions && VERSIONS.has(endpoint.path)) ||
        (!verifies && endpoint.path === '/verify/:id') ||
        (!config.jobs.scheduling && endpoint.path === '/handle-schedules'),
    )
    const imageSizes = collection.upload?.imageSizes?.map((size) => size.name) ?? []
    if (collection.upload && collection.endpoints)
      collection.endpoints = collection.endpoints.map((endpoint) =>
        endpoint.path === '/file/:filename'
          ? { ...endpoint, handler: servesOnlyRecordedFiles(endpoint.handler, collection.slug, imageSizes) }
          : endpoint,
      )
    if (collection.slug === PREFERENCES && collection.endpoints)
      collection.endpoints = collection.endpoints.map((endpoint) =>
        endpoint.method === 'delete' && endpoint.path === '/:key'
          ? { ...endpoint, handler: deletesOnlyExistingPreferences(endpoint.handler) }
          : endpoint,
      )
  }
  for (const global of config.globals)
    global.endpoints = open(global.endpoints, (endpoint) => !global.versions && VERSIONS.has(endpoint.path))
  for (const owner of [...config.collections, ...config.globals])
    if (owner.endpoints) owner.endpoints = owner.endpoints.map(withoutNul)
  // The configuration's own endpoints are this site's objects, not Payload's shared ones: wrapped where they are.
  for (const endpoint of config.endpoints)
    if (endpoint.path.includes(':')) endpoint.handler = refusingNul(endpoint.handler)
  return config
}
