// Addresses with a page number or a filter, rewritten here by server/publicRewrites.mjs; they render on request.
import { pressReleaseListMetadata, pressReleaseListPage } from '@/app/(frontend)/_listPages/pressReleases'

// The layout's pages are cached; these depend on the query and must not be.
export const dynamic = 'force-dynamic'
export const generateMetadata = pressReleaseListMetadata('query')
export default pressReleaseListPage('query')
