import { siteSitemap } from '../frontend/routes/sitemap'

export default siteSitemap
