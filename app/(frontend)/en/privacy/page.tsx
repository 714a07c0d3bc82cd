import { sitePage, sitePageMetadata } from '../../../../frontend/routes/sitePage'

export const generateMetadata = sitePageMetadata('en', 'privacy')

export default sitePage('en', 'privacy')
