/**
 * The raster tiles of the map search and their attribution, from the server's environment, so a
 * site can use its own tile server (or a test its local one) without a new build.
 */
export type MapTiles = { url: string; attribution: string; host: string }

const defaultUrl = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
const defaultAttribution = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>'

/** The host the visitor's browser would contact, named next to the "show map" button. */
const hostOf = (url: string): string => {
  try {
    return new URL(url.replace(/\{[a-z]\}/g, '0')).host
  } catch {
    return url
  }
}

export const mapTiles = (env: NodeJS.ProcessEnv = process.env): MapTiles => {
  const url = env.MAP_TILE_URL || defaultUrl
  return { attribution: env.MAP_ATTRIBUTION || defaultAttribution, host: hostOf(url), url }
}
