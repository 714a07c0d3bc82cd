import { topicMetadata, topicPage } from '../../../../../frontend/routes/topic'
import { noStaticParams } from '../../../../../frontend/routes/types'

export const dynamicParams = true
/** Re-rendered hourly in the background too, as upcoming turns into past. */
export const revalidate = 3600

export const generateStaticParams = noStaticParams
export const generateMetadata = topicMetadata('en')

export default topicPage('en')
