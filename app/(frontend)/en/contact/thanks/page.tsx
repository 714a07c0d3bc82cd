import { thanksMetadata, thanksPage } from '../../../../../frontend/routes/sitePage'

export const metadata = thanksMetadata('en')

export default thanksPage('en')
