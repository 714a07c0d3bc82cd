import { eventMetadata, eventPage } from '../../../../../frontend/routes/event'
import { noStaticParams } from '../../../../../frontend/routes/types'

export const dynamicParams = true
export const generateStaticParams = noStaticParams
export const generateMetadata = eventMetadata('de')

export default eventPage('de')
