// What a query from outside (REST) may ask of the database. Payload passes odd operators and values on to SQL, where
// they fail as 500s ("notadate" compared with a date, `near` on a title, an object where a string belongs); these
// rules answer them with a 400 first, and cap what one request may cost.

import { isLocale } from '@/i18n/locales'

export const MAX_LIMIT = 100
export const MAX_DEPTH = 2
export const MAX_PAGE = 100_000
const MAX_NESTING = 5
const MAX_CONDITIONS = 30
const MAX_LIST = 100
/**
 * The largest id, and reference to a document, the database holds: PostgreSQL numbers documents with `serial`, a
 * four-byte integer, and fails a query (500) that compares it with a larger number or a fraction.
 */
export const LARGEST_ID = 2_147_483_647

/** A field as Payload's sanitized config describes it (`flattenedFields`); a group holds its own. */
export interface QueryableField {
  name: string
  type: string
  flattenedFields?: readonly QueryableField[]
  /** A select's or radio's choices. */
  options?: readonly (string | { value: string })[]
  /** A relationship's collection, or collections: with several, `value` is the related document's id. */
  relationTo?: string | readonly string[]
}

export class QueryRuleError extends Error {}

const COMPARE = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDER = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXT = ['like', 'not_like', 'contains']

/**
 * Operators that make sense for each kind of field. `near`, `within` and `intersects` need a point field, which this
 * site has none of, and `all` fails in the SQL adapters on every field here.
 */
function operatorsFor(type: string): string[] {
  switch (type) {
    case 'date':
    case 'number':
    case 'id':
      return [...COMPARE, ...ORDER]
    case 'checkbox':
      return ['equals', 'not_equals', 'exists']
    case 'relationship':
    case 'upload':
    // PostgreSQL keeps a choice as an enum, which has no text operators.
    case 'select':
    case 'radio':
      return COMPARE
    default:
      return [...COMPARE, ...TEXT]
  }
}

const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/
const POLLUTING = new Set(['__proto__', 'constructor', 'prototype'])

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `and`/`or` arrive as arrays, or as objects with numeric keys when the query string has many items. */
function listOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value
  if (isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key)))
    return Object.values(value)
  return null
}

function checkValue(path: string, field: QueryableField, operator: string, value: unknown): void {
  const { type } = field
  const many = operator === 'in' || operator === 'not_in'
  const values = many ? (typeof value === 'string' ? value.split(',') : listOf(value)) : [value]
  if (!values || values.length > MAX_LIST) throw new QueryRuleError(`"${path}" ${operator} needs a list`)
  for (const item of values) {
    if (item !== null && typeof item === 'object')
      throw new QueryRuleError(`"${path}" ${operator}: not a value`)
    // PostgreSQL's text cannot hold a NUL character: it fails the query rather than finding nothing.
    if (typeof item === 'string' && item.includes('\u0000'))
      throw new QueryRuleError(`"${path}" ${operator}: a NUL character`)
    // A pattern that ends in an escape: PostgreSQL fails the query (500) once it reaches it while matching.
    if (TEXT.includes(operator) && typeof item === 'string' && /(^|[^\\])(\\\\)*\\$/.test(item))
      throw new QueryRuleError(`"${path}" ${operator}: ends with a lone backslash`)
    if (operator === 'exists') {
      if (!['true', 'false', true, false].includes(item as string | boolean))
        throw new QueryRuleError(`"${path}" exists: true or false`)
    } else if (type === 'date' && !isStoredDate(String(item))) {
      throw new QueryRuleError(`"${path}" ${operator}: a date of the years 1 to 9999`)
    } else if (type === 'number' && !Number.isFinite(Number(item))) {
      throw new QueryRuleError(`"${path}" ${operator}: not a number`)
    } else if (REFERENCES.has(type) && !isStoredId(Number(item))) {
      throw new QueryRuleError(`"${path}" ${operator}: a whole number up to ${LARGEST_ID}`)
    } else if (field.options && item !== null && !choicesOf(field).includes(String(item))) {
      // PostgreSQL fails comparing its enum with a value it does not hold.
      throw new QueryRuleError(`"${path}" ${operator}: one of ${choicesOf(field).join(', ')}`)
    }
  }
}

/**
 * A date PostgreSQL can compare: Payload writes a year beyond 9999 (or before 1) as JavaScript does, "+099999-01-01",
 * which PostgreSQL cannot read (500).
 */
function isStoredDate(value: string): boolean {
  const time = Date.parse(value)
  if (Number.isNaN(time)) return false
  const year = new Date(time).getUTCFullYear()
  return year >= 1 && year <= 9999
}

const choicesOf = (field: QueryableField): string[] =>
  (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value))

/** Fields that hold a document's id (its own, or a reference to one): a four-byte integer in PostgreSQL. */
const REFERENCES = new Set(['id', 'relationship', 'upload'])
const isStoredId = (value: number) => Number.isInteger(value) && Math.abs(value) <= LARGEST_ID

const ID_FIELD: QueryableField = { name: 'id', type: 'id' }
const RELATED: QueryableField = { name: '', type: 'related' }
const RELATED_ID: QueryableField = { name: 'value', type: 'id' }

/**
 * The field a dotted path names, through groups (a version's `version.title`); a path that goes on into a related
 * document is `related`, which Payload checks, knowing the other collection, except the id a relationship to several
 * collections keeps as its `value` (`document.value` of a locked document).
 */
function fieldAt(segments: readonly string[], fields: readonly QueryableField[]): QueryableField | undefined {
  const [name, ...rest] = segments
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return undefined
  if (rest.length === 0) return field
  if (field.flattenedFields) return fieldAt(rest, field.flattenedFields)
  return Array.isArray(field.relationTo) && rest.join('.') === 'value' ? RELATED_ID : RELATED
}

/** Throws QueryRuleError when `where` asks for something the database cannot answer sensibly. */
export function checkWhere(where: unknown, collectionFields: readonly QueryableField[]): void {
  const fields = [ID_FIELD, ...collectionFields]
  let conditions = 0
  const walk = (node: unknown, nesting: number) => {
    if (!isPlainObject(node)) throw new QueryRuleError('where: a condition must be an object')
    if (nesting > MAX_NESTING) throw new QueryRuleError(`where: nested deeper than ${MAX_NESTING}`)
    for (const [key, condition] of Object.entries(node)) {
      if (key === 'and' || key === 'or') {
        const list = listOf(condition)
        if (!list) throw new QueryRuleError(`where: "${key}" needs a list`)
        list.forEach((item) => walk(item, nesting + 1))
        continue
      }
      if (++conditions > MAX_CONDITIONS)
        throw new QueryRuleError(`where: more than ${MAX_CONDITIONS} conditions`)
      const segments = key.split('.')
      if (segments.some((segment) => !SEGMENT.test(segment) || POLLUTING.has(segment)))
        throw new QueryRuleError(`where: "${key}" is not a field`)
      const leaf = fieldAt(segments, fields)
      if (!leaf) throw new QueryRuleError(`where: unknown field "${key}"`)
      if (!isPlainObject(condition) || Object.keys(condition).length === 0)
        throw new QueryRuleError(`where: "${key}" needs an operator`)
      for (const [operator, value] of Object.entries(condition)) {
        if (!operatorsFor(leaf.type).includes(operator))
          throw new QueryRuleError(`where: "${operator}" does not apply to "${key}"`)
        checkValue(key, leaf, operator, value)
      }
    }
  }
  walk(where, 0)
}

/** Throws QueryRuleError unless `sort` names fields of the collection (or of its groups), each optionally after "-". */
export function checkSort(sort: unknown, collectionFields: readonly QueryableField[]): void {
  const fields = [ID_FIELD, ...collectionFields]
  const items = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : null
  if (!items) throw new QueryRuleError('sort: a field name, or names separated by commas')
  for (const item of items) {
    const name = typeof item === 'string' ? item.trim().replace(/^-/, '') : ''
    const segments = name.split('.')
    const type = fieldAt(segments, fields)?.type
    // Sorting by a related document's field is a join per row: not for a query from outside.
    if (segments.some((segment) => POLLUTING.has(segment)) || !type || type === 'related')
      throw new QueryRuleError(`sort: unknown field "${name}"`)
  }
}

/** Throws QueryRuleError unless `locale` is one of the site's languages, or `all`. */
export function checkLocale(locale: unknown): void {
  if (!(typeof locale === 'string' && (isLocale(locale) || locale === 'all')))
    throw new QueryRuleError('locale: kk, ru, en or all')
}

/** A number, or its digits from the address, that is whole and from 1 to `largest`. */
function isWholeNumberWithin(value: unknown, largest: number): boolean {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN
  return Number.isInteger(number) && number >= 1 && number <= largest
}

/**
 * Throws QueryRuleError unless `page` is a whole number from 1 to MAX_PAGE: the database skips (page − 1) × limit
 * rows, which overflowed PostgreSQL's and SQLite's integers (500), and PostgreSQL refuses a negative number of them.
 */
export function checkPage(page: unknown): void {
  // Payload's own endpoints have made a number of it by then; a global's list of versions has not.
  if (!isWholeNumberWithin(page, MAX_PAGE))
    throw new QueryRuleError(`page: a whole number from 1 to ${MAX_PAGE}`)
}

/**
 * Throws QueryRuleError unless `limit` is a whole number from 1 to MAX_LIMIT: for the admin's lists, which keep the
 * page size a user asked for and read that many documents at every visit (REST caps it instead: cappedLimit).
 */
export function checkLimit(limit: unknown): void {
  if (!isWholeNumberWithin(limit, MAX_LIMIT))
    throw new QueryRuleError(`limit: a whole number from 1 to ${MAX_LIMIT}`)
}

/** A page size within 1…MAX_LIMIT; Payload reads 0 as "everything". */
export function cappedLimit(limit: unknown): number | undefined {
  if (limit === undefined) return undefined
  const value = Math.trunc(Number(limit))
  return Number.isFinite(value) && value >= 1 ? Math.min(value, MAX_LIMIT) : MAX_LIMIT
}

export function cappedDepth(depth: unknown): number | undefined {
  if (depth === undefined) return undefined
  const value = Math.trunc(Number(depth))
  return Number.isFinite(value) && value >= 0 ? Math.min(value, MAX_DEPTH) : 0
}
