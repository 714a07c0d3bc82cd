import { siteRobots } from '../frontend/routes/robots'

export default siteRobots
