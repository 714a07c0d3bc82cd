import { rootLayout } from '../../../frontend/components/RootLayout'
import { siteMetadata } from '../../../frontend/lib/metadata'

export const metadata = siteMetadata('en')

export default rootLayout('en')
