import { eventListMetadata, eventListPage } from '@/components/EventList/route'

export const generateMetadata = eventListMetadata('past')
export default eventListPage('past')
