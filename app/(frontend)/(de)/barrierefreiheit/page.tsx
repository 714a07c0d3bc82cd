import { accessibilityPage, sitePageMetadata } from '../../../../frontend/routes/sitePage'

export const generateMetadata = sitePageMetadata('de', 'accessibility')

export default accessibilityPage('de')
