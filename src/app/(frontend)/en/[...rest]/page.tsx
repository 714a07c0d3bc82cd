import { UnknownPage } from '../../../../../frontend/routes/notFound'
import { noStaticParams } from '../../../../../frontend/routes/types'

export const dynamicParams = true
export const generateStaticParams = noStaticParams

export default UnknownPage
