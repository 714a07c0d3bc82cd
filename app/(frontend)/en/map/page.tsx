import { mapMetadata, mapPage } from '../../../../frontend/routes/map'

export const metadata = mapMetadata('en')

export default mapPage('en')
