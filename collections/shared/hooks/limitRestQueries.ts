import {
  buildVersionCollectionFields,
  buildVersionGlobalFields,
  type AfterErrorHook,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type PayloadHandler,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
} from 'payload'

import { publicError } from '@/collections/shared/publicError'
import { refusalMessage } from '@/i18n/admin/labels/refusals'
import { isLocale } from '@/i18n/locales'
import { nestsTooDeep } from '@/lib/protection/bodyLimits'
import {
  cappedDepth,
  cappedLimit,
  checkLocale,
  checkPage,
  checkSort,
  checkWhere,
  QueryRuleError,
} from '@/lib/protection/restQueryRules'

const FALLBACKS = new Set(['none', 'false', 'null'])

const VERSION_OPERATIONS = new Set(['countVersions', 'restoreVersion'])
const VERSIONS_PATH = /\/versions(\/[^/]*)?$/
const versionFields = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()

/**
 * A versions query names the versions' own fields (`parent`, `latest`, `updatedAt`…) and the document's inside
 * `version`, as Payload documents; the document's own fields would be unknown there.
 */
function queryableFields(
  operation: string,
  collection: SanitizedCollectionConfig,
  config: SanitizedConfig,
  url: string | undefined,
): readonly FlattenedField[] {
  // Payload calls a versions list and a version by id "read", like the documents': the address tells them apart.
  const versions =
    VERSION_OPERATIONS.has(operation) || (url !== undefined && VERSIONS_PATH.test(new URL(url).pathname))
  if (!versions) return collection.flattenedFields
  let fields = versionFields.get(collection)
  if (!fields) {
    fields = buildVersionCollectionFields(config, collection, true)
    versionFields.set(collection, fields)
  }
  return fields
}

/** A clear 400 for a query's language, fallback, page, `where` or `sort` the database cannot answer. */
function checkQuery(
  query: { where?: unknown; sort?: unknown },
  params: Record<string, unknown> | undefined,
  fields: readonly FlattenedField[],
): void {
  const { locale, 'fallback-locale': fallbackLocale, page } = params ?? {}
  try {
    if (page !== undefined) checkPage(page)
    if (locale !== undefined) checkLocale(locale)
    if (
      fallbackLocale !== undefined &&
      !(typeof fallbackLocale === 'string' && (isLocale(fallbackLocale) || FALLBACKS.has(fallbackLocale)))
    )
      throw new QueryRuleError('fallback-locale: kk, ru, en or none')
    if (query.where !== undefined) checkWhere(query.where, fields)
    if (query.sort !== undefined) checkSort(query.sort, fields)
  } catch (error) {
    if (!(error instanceof QueryRuleError)) throw error
    throw publicError('BadQuery', `Bad query: ${error.message}`, 400)
  }
}

/**
 * Requests from outside (REST) are held to lib/protection/restQueryRules.ts: a clear 400 for a query the database cannot
 * answer, and a cap on page size and depth. The site's own reads (Local API) are left alone: the sitemap reads every
 * release at once.
 */
export const limitRestQueries: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI !== 'REST') return args
  // Operations differ in which of these they take; each is checked where present.
  const query = args as { where?: unknown; sort?: unknown; limit?: unknown; depth?: unknown }
  checkQuery(query, req.query, queryableFields(operation, collection, req.payload.config, req.url))
  return {
    ...args,
    ...(query.limit !== undefined && { limit: cappedLimit(query.limit) }),
    ...(query.depth !== undefined && { depth: cappedDepth(query.depth) }),
    // Without pages, a list answers with every document at once.
    ...('pagination' in args && { pagination: true }),
  }
}

/**
 * Globals are held to the same rules at their endpoints: Payload 3.90 runs no hook before a global's versions are
 * read, where `where[id][within]` failed with a 500, and a language that is not the site's was read as the default
 * one. Only the list of versions takes `where` and `sort`.
 */
function limitedGlobalQueries(
  handler: PayloadHandler,
  listFields: readonly FlattenedField[] | null,
): PayloadHandler {
  return (req) => {
    const params = (req.query ?? {}) as Record<string, unknown>
    checkQuery(listFields ? params : {}, params, listFields ?? [])
    if (params.limit !== undefined) params.limit = String(cappedLimit(params.limit))
    if (params.depth !== undefined) params.depth = String(cappedDepth(params.depth))
    return handler(req)
  }
}

/**
 * A form's `_payload` is a document's data as a JSON body is, but it arrives in a multipart body, which the route hands
 * to Payload unread (lib/protection/bodyLimits.ts checks JSON bodies): held to the same nesting limit here, before
 * Payload copies it.
 */
const limitDataNesting = <Args>({ args, req }: { args?: Args; req: PayloadRequest }): Args | undefined => {
  const data = (args as { data?: unknown } | undefined)?.data
  if (req.payloadAPI === 'REST' && nestsTooDeep(data))
    throw publicError('BodyTooDeep', refusalMessage('bodyTooDeep', req.i18n?.language), 400)
  return args
}

/**
 * Every collection's REST queries held to the rules, after any hooks of its own: the site's, and those Payload adds
 * itself (locked documents, preferences, jobs), which an editor can query too and where an odd operator failed as
 * well; every global's endpoints too, and the data of every write. Run on the built configuration, as only it holds
 * Payload's own collections.
 */
export function limitRestQueriesEverywhere(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections)
    collection.hooks.beforeOperation = [
      ...(collection.hooks.beforeOperation ?? []),
      limitRestQueries,
      limitDataNesting,
    ]
  for (const global of config.globals) {
    global.hooks.beforeOperation = [...(global.hooks.beforeOperation ?? []), limitDataNesting]
    if (!global.endpoints) continue
    const versionFields = global.versions ? buildVersionGlobalFields(config, global, true) : []
    global.endpoints = global.endpoints.map((endpoint) => {
      const list = endpoint.method === 'get' && endpoint.path === '/versions'
      return { ...endpoint, handler: limitedGlobalQueries(endpoint.handler, list ? versionFields : null) }
    })
  }
  return config
}

/**
 * Payload reads a `where` or `select` given as a string with JSON.parse before any hook runs, and answers a syntax
 * error with a 500; it is the client's mistake.
 */
export const malformedJsonIsBadRequest: AfterErrorHook = ({ error }) => {
  if (!(error instanceof SyntaxError)) return
  return { status: 400, response: { errors: [{ message: 'Bad query: not valid JSON' }] } }
}
