import { pressReleaseListMetadata, pressReleaseListPage } from '@/components/PressReleaseList/route'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'

export const generateStaticParams = renderAtFirstRequest

export const generateMetadata = pressReleaseListMetadata('cached')
export default pressReleaseListPage('cached')
