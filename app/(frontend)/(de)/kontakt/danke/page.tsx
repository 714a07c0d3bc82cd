import { thanksMetadata, thanksPage } from '../../../../../frontend/routes/sitePage'

export const metadata = thanksMetadata('de')

export default thanksPage('de')
