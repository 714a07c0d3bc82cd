import { contactMetadata, contactPage } from '../../../../frontend/routes/sitePage'

export const metadata = contactMetadata('en')

export default contactPage('en')
