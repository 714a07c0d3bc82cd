import { sitePage, sitePageMetadata } from '../../../../frontend/routes/sitePage'

export const generateMetadata = sitePageMetadata('de', 'imprint')

export default sitePage('de', 'imprint')
