import { accessibilityPage, sitePageMetadata } from '../../../../frontend/routes/sitePage'

export const generateMetadata = sitePageMetadata('en', 'accessibility')

export default accessibilityPage('en')
