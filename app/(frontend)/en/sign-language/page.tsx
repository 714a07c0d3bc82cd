import { sitePage, sitePageMetadata } from '../../../../frontend/routes/sitePage'

export const generateMetadata = sitePageMetadata('en', 'signLanguage')

export default sitePage('en', 'signLanguage')
