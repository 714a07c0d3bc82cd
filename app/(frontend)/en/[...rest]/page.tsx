import { notFoundMetadata } from '../../../../frontend/lib/metadata'
import { unknownPage } from '../../../../frontend/routes/notFound'
import { noStaticParams } from '../../../../frontend/routes/types'

export const dynamicParams = true
export const generateStaticParams = noStaticParams
export const metadata = notFoundMetadata('en')

export default unknownPage('en')
