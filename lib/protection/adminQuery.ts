import type { FlattenedField, SanitizedConfig } from 'payload'
import * as qs from 'qs-esm'

import {
  checkLimit,
  checkLocale,
  checkPage,
  checkSort,
  checkWhere,
  isPlainObject,
  QueryRuleError,
} from './restQueryRules'

/**
 * What an admin address can ask that Payload fails on, rather than refuses: the language of any view, the query of a
 * list, the languages of a comparison of versions.
 */
export type RefusedPart = 'language' | 'list' | 'comparison'

export interface RefusedAdminQuery {
  part: RefusedPart
  /** Which rule the address broke, as a REST answer would say it. */
  reason: string
  /** The same view without its query. */
  path: string
}

function parsedJson(value: unknown, name: string): unknown {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    throw new QueryRuleError(`${name}: not valid JSON`)
  }
}

/** Each group of a grouped list (`queryByGroup`, JSON in the address) has a page and a page size of its own. */
function checkGroups(queryByGroup: unknown): void {
  const groups = parsedJson(queryByGroup, 'queryByGroup')
  if (!isPlainObject(groups)) throw new QueryRuleError('queryByGroup: an object of groups')
  for (const group of Object.values(groups)) {
    if (!isPlainObject(group)) throw new QueryRuleError('queryByGroup: each group an object')
    if (group.page !== undefined) checkPage(group.page)
    if (group.limit !== undefined) checkLimit(group.limit)
  }
}

/**
 * The address gives `and` and `or` as lists by position, which the admin reads as a list only up to position 20 (the
 * `arrayLimit` of its query parser), beyond as an object its list view fails on (a blank page).
 */
function checkConditionLists(where: unknown): void {
  if (!isPlainObject(where)) return
  for (const [key, value] of Object.entries(where)) {
    if (key !== 'and' && key !== 'or') continue
    if (!Array.isArray(value))
      throw new QueryRuleError(`where: "${key}" holds conditions at positions above 20`)
    value.forEach(checkConditionLists)
  }
}

/**
 * The fields the list may filter and sort by: Payload refuses a hidden one (an account's `hash`) or one computed
 * after reading (`virtual`) with an error its list view shows as a blank page.
 */
function listableFields(fields: readonly FlattenedField[]): FlattenedField[] {
  return fields
    .filter(
      (field) => !('hidden' in field && field.hidden) && !('virtual' in field && field.virtual === true),
    )
    .map((field) =>
      'flattenedFields' in field
        ? { ...field, flattenedFields: listableFields(field.flattenedFields) }
        : field,
    )
}

/**
 * A collection's list, and its trash, hand the address's `where`, `sort`, `page` and `limit` to the database as they
 * are: Payload 3.90 shows a blank page when the database fails the query (an editor who typed a document number
 * beyond PostgreSQL's integers into the filter saw nothing but the menu), and keeps the page size for every visit.
 */
function checkList(query: Record<string, unknown>, fields: readonly FlattenedField[]) {
  if (query.page !== undefined) checkPage(query.page)
  if (query.limit !== undefined) checkLimit(query.limit)
  // A `where` written as JSON is not read by the list at all.
  if (query.where !== undefined && typeof query.where !== 'string') {
    checkWhere(query.where, fields)
    checkConditionLists(query.where)
  }
  if (query.sort !== undefined) checkSort(query.sort, fields)
  if (query.queryByGroup !== undefined) checkGroups(query.queryByGroup)
}

/**
 * The comparison of two versions reads the languages to compare from the address as one JSON list, and answered
 * anything else (`localeCodes=kk`, or the parameter twice) with a 500.
 */
function checkComparison(searchParams: Record<string, unknown>) {
  const { localeCodes } = searchParams
  if (localeCodes === undefined) return
  if (typeof localeCodes !== 'string' || !Array.isArray(parsedJson(localeCodes, 'localeCodes')))
    throw new QueryRuleError('localeCodes: one list of languages, as JSON')
}

/**
 * The trash of a collection that keeps none (deleting is final there): Payload's view of it filters by a field the
 * collection does not have and showed a blank page, where the address names nothing.
 */
export function isTrashOfCollectionWithout(
  config: SanitizedConfig,
  segments: readonly string[] | undefined,
): boolean {
  const [kind, slug, view] = segments ?? []
  const collection = config.collections.find((candidate) => candidate.slug === slug)
  return kind === 'collections' && view === 'trash' && collection !== undefined && !collection.trash
}

/** Which of the views that take a query of their own an admin address is, and for a list the fields it may name. */
function viewAt(config: SanitizedConfig, segments: readonly string[]) {
  const [kind, slug, ...rest] = segments
  if (kind === 'collections') {
    const collection = config.collections.find((candidate) => candidate.slug === slug)
    if (!collection) return null
    if (rest.length === 0 || (rest.length === 1 && rest[0] === 'trash'))
      return { view: 'list' as const, fields: listableFields(collection.flattenedFields) }
    if (rest.length === 3 && rest[1] === 'versions') return { view: 'comparison' as const }
  }
  if (kind === 'globals' && rest.length === 2 && rest[0] === 'versions')
    return { view: 'comparison' as const }
  return null
}

/**
 * Holds the address of an admin view to the rules of REST queries before Payload reads it, so that what it cannot use
 * is refused, saying why; `null` when the address keeps to them.
 */
export function refusedAdminQuery(
  config: SanitizedConfig,
  segments: readonly string[] = [],
  searchParams: Record<string, string | string[] | undefined>,
): RefusedAdminQuery | null {
  const found = viewAt(config, segments)
  // Every view keeps the address's language as the user's choice, whatever it is: a NUL in it failed PostgreSQL's
  // write of the preference (500), and any other text was kept.
  const { locale } = searchParams
  const checks: [RefusedPart, () => void][] = [
    [
      'language',
      () => {
        if (locale !== undefined) checkLocale(locale)
      },
    ],
  ]
  // Each as Payload reads it: a list's query parsed as its views/Root does, the comparison's as it came.
  if (found?.view === 'list') {
    const query = qs.parse(qs.stringify(searchParams), { depth: 10 }) as Record<string, unknown>
    checks.push(['list', () => checkList(query, found.fields)])
  }
  if (found?.view === 'comparison') checks.push(['comparison', () => checkComparison(searchParams)])
  for (const [part, check] of checks) {
    try {
      check()
    } catch (error) {
      if (!(error instanceof QueryRuleError)) throw error
      return { part, reason: error.message, path: [config.routes.admin, ...segments].join('/') }
    }
  }
  return null
}
