import { eventListMetadata, eventListPage } from '@/components/EventList/route'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'

export const generateStaticParams = renderAtFirstRequest

export const generateMetadata = eventListMetadata('past', 'cached')
export default eventListPage('past', 'cached')
