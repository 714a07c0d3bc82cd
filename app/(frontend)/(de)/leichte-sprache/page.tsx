import { sitePage, sitePageMetadata } from '../../../../frontend/routes/sitePage'

export const generateMetadata = sitePageMetadata('de', 'easyLanguage')

export default sitePage('de', 'easyLanguage')
