import { sitePage, sitePageMetadata } from '../../../../frontend/routes/sitePage'

export const generateMetadata = sitePageMetadata('de', 'privacy')

export default sitePage('de', 'privacy')
