import { eventListMetadata, eventListPage } from '@/app/(frontend)/_listPages/events'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'

export const generateStaticParams = renderAtFirstRequest

export const generateMetadata = eventListMetadata('upcoming', 'cached')
export default eventListPage('upcoming', 'cached')
