import { eventListMetadata, eventListPage } from '@/app/(frontend)/_listPages/events'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'

export const generateStaticParams = renderAtFirstRequest

export const generateMetadata = eventListMetadata('past', 'cached')
export default eventListPage('past', 'cached')
