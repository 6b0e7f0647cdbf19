import { feedRoute } from '@/lib/metadata/feedRoute'

export const GET = feedRoute('press-releases')
