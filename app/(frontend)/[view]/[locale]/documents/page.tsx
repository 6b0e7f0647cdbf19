import { documentListMetadata, documentListPage } from '@/app/(frontend)/_listPages/documents'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'

export const generateStaticParams = renderAtFirstRequest

export const generateMetadata = documentListMetadata('cached')
export default documentListPage('cached')
