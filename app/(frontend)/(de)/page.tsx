import { homeMetadata, homePage } from '../../../frontend/routes/home'

/** Re-rendered hourly in the background too: upcoming events become past ones without an edit. */
export const revalidate = 3600

export const metadata = homeMetadata('de')

export default homePage('de')
