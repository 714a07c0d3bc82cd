import { sitePage, sitePageMetadata } from '../../../../frontend/routes/sitePage'

export const generateMetadata = sitePageMetadata('de', 'signLanguage')

export default sitePage('de', 'signLanguage')
