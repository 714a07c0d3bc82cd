import { sitePage, sitePageMetadata } from '../../../../frontend/routes/sitePage'

export const generateMetadata = sitePageMetadata('en', 'imprint')

export default sitePage('en', 'imprint')
