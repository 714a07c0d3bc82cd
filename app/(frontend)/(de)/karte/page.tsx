import { mapMetadata, mapPage } from '../../../../frontend/routes/map'

export const metadata = mapMetadata('de')

export default mapPage('de')
