import { contactMetadata, contactPage } from '../../../../frontend/routes/sitePage'

export const metadata = contactMetadata('de')

export default contactPage('de')
