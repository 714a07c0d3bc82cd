import { speakerMetadata, speakerPage } from '../../../../../frontend/routes/speaker'
import { noStaticParams } from '../../../../../frontend/routes/types'

export const dynamicParams = true
/** Re-rendered hourly in the background too, as upcoming turns into past. */
export const revalidate = 3600

export const generateStaticParams = noStaticParams
export const generateMetadata = speakerMetadata('de')

export default speakerPage('de')
