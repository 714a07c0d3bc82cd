import { signInView } from '../signInView'

const view = signInView(() => ['login'])

export const generateMetadata = view.generateMetadata
export default view.Page
