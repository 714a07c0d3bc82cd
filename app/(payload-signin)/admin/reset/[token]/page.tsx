import { signInView } from '../../signInView'

const view = signInView(({ token }) => ['reset', token])

export const generateMetadata = view.generateMetadata
export default view.Page
