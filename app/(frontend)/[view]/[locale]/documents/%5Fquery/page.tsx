// Addresses with a page number or a filter, rewritten here by server/publicRewrites.mjs; they render on request.
import { documentListMetadata, documentListPage } from '@/app/(frontend)/_listPages/documents'

// The layout's pages are cached; these depend on the query and must not be.
export const dynamic = 'force-dynamic'
export const generateMetadata = documentListMetadata('query')
export default documentListPage('query')
