import { sitePage, sitePageMetadata } from '../../../../frontend/routes/sitePage'

export const generateMetadata = sitePageMetadata('en', 'easyLanguage')

export default sitePage('en', 'easyLanguage')
