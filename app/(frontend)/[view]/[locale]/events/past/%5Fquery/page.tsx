// Addresses with a page number, rewritten here by server/publicRewrites.mjs; they render on request.
import { eventListMetadata, eventListPage } from '@/app/(frontend)/_listPages/events'

// The layout's pages are cached; these depend on the query and must not be.
export const dynamic = 'force-dynamic'
export const generateMetadata = eventListMetadata('past', 'query')
export default eventListPage('past', 'query')
