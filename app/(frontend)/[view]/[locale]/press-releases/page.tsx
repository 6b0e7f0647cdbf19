import { pressReleaseListMetadata, pressReleaseListPage } from '@/app/(frontend)/_listPages/pressReleases'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'

export const generateStaticParams = renderAtFirstRequest

export const generateMetadata = pressReleaseListMetadata('cached')
export default pressReleaseListPage('cached')
