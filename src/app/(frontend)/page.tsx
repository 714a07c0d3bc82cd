import { listEvents } from '../../../frontend/data/events'
import { HomeView } from '../../../frontend/views/HomeView'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  return <HomeView events={await listEvents('de')} locale="de" now={new Date()} />
}
