/** What the server hands the map: plain data, as props of a client component must be. */

export type MapPoint = {
  id: string
  lat: number
  lng: number
  title: string
  /** The title's language when it is the German fallback on a page in another language. */
  titleLang?: string
  when: string
  place: string
  url?: string
}

export type MapText = {
  showMap: string
  privacy: string
  loading: string
  failed: string
  label: string
  help: string
  zoomIn: string
  zoomOut: string
  /** With `{count}` for the number of events in a cluster. */
  cluster: string
  toEventPage: string
}

export type MapProps = {
  points: MapPoint[]
  /** The search's centre and radius, drawn as a circle. */
  near?: { lat: number; lng: number; radiusKm: number }
  tiles: { url: string; attribution: string }
  text: MapText
  /** The id of the server-rendered result list whose items carry `data-event-id`. */
  listId: string
}
