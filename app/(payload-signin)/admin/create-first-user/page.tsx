import { signInView } from '../signInView'

const view = signInView(() => ['create-first-user'])

export const generateMetadata = view.generateMetadata
export default view.Page
