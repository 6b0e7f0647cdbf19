import { documentListMetadata, documentListPage } from '@/components/DocumentList/route'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'

export const generateStaticParams = renderAtFirstRequest

export const generateMetadata = documentListMetadata('cached')
export default documentListPage('cached')
