import { notFoundPage } from '../../../frontend/routes/notFound'

export default notFoundPage('en')
