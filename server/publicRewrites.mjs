// How a public address reaches the app: every page under /{locale} is rewritten to /{view}/{locale}/… (the app's
// `[view]` segment), so that the standard version and each version for the visually impaired are cached pages of
// their own. A list whose query chooses what it shows (a page number, a filter) is rewritten to its `_query` twin,
// which renders on request; without such a query the list is a cached page too.
// Next.js needs these as plain data; unit tests check them against i18n/locales.ts and lib/pages/lowVision.ts.

const LOCALE = ':locale(kk|ru|en)'

/** The low-vision cookie, when it names a view the site writes (lib/pages/lowVision.ts); anything else: standard. */
export const LOW_VISION = {
  type: 'cookie',
  key: 'low-vision',
  value: '(?<view>(?:125|150|200)-(?:standard|high)-(?:shown|hidden))',
}

/** The lists and the query keys that make an address a page of its own. */
const QUERIED_LISTS = [
  { path: 'press-releases', keys: ['page', 'topic', 'year'] },
  { path: 'events', keys: ['page'] },
  { path: 'documents', keys: ['page', 'type', 'year'] },
  { path: 'events/past', keys: ['page'] },
]

function forView(view, has) {
  const queried = QUERIED_LISTS.flatMap(({ path, keys }) =>
    keys.map((key) => ({
      source: `/${LOCALE}/${path}`,
      has: [...has, { type: 'query', key }],
      destination: `/${view}/:locale/${path}/_query`,
    })),
  )
  return [...queried, { source: `/${LOCALE}/:path*`, has, destination: `/${view}/:locale/:path*` }]
}

export const publicRewrites = [...forView(':view', [LOW_VISION]), ...forView('standard', [])]
