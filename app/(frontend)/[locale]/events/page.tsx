import { eventListMetadata, eventListPage } from '@/components/EventList/route'

export const generateMetadata = eventListMetadata('upcoming')
export default eventListPage('upcoming')
