import type { Endpoint, PayloadHandler, SanitizedConfig } from 'payload'

import { publicError } from '@/collections/shared/publicError'

import { LARGEST_ID } from './restQueryRules'

// Both engines number documents 1, 2, 3…; Payload turns the id of an address into a number with parseFloat, so a
// word becomes NaN, which SQLite refuses with a 500 ("Only finite numbers"), and "12abc" becomes 12.
const DOCUMENT_ID = /^[1-9][0-9]{0,9}$/

/** Whether an address segment can name a document: a positive whole number the database can hold. */
export function isDocumentId(value: unknown): boolean {
  return typeof value === 'string' && DOCUMENT_ID.test(value) && Number(value) <= LARGEST_ID
}

/** Payload's `/verify/:id` takes the e-mail verification token, not a document's id. */
const TOKEN_PATHS = new Set(['/verify/:id'])

/** Whether Payload's endpoint reads a document's id from its address (`/:id`, `/versions/:id`, `/access/:id?`…). */
export function takesDocumentId(endpoint: Pick<Endpoint, 'path'>): boolean {
  return /(^|\/):id\??(\/|$)/.test(endpoint.path) && !TOKEN_PATHS.has(endpoint.path)
}

function checked(handler: PayloadHandler): PayloadHandler {
  return (req) => {
    const id = req.routeParams?.id
    if (id !== undefined && !isDocumentId(id)) throw publicError('NotFound', req.t('general:notFound'), 404)
    return handler(req)
  }
}

function withIdsChecked(endpoints: Endpoint[] | false): Endpoint[] | false {
  if (!endpoints) return endpoints
  return endpoints.map((endpoint) =>
    takesDocumentId(endpoint) ? { ...endpoint, handler: checked(endpoint.handler) } : endpoint,
  )
}

/**
 * Every REST address that names a document by id, of every collection and global (Payload's own included), answers
 * an id that cannot be one with 404, as for a document that does not exist, before Payload asks the database.
 */
export function checkDocumentIds(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    // A collection that defines its own id field chooses its ids: none here does.
    const ownId = collection.flattenedFields.some((field) => field.name === 'id')
    if (!ownId) collection.endpoints = withIdsChecked(collection.endpoints)
  }
  for (const global of config.globals) global.endpoints = withIdsChecked(global.endpoints)
  return config
}
