import { tileHost } from '@difu/programm/site'

/**
 * The raster tiles of the map search and their attribution, from the server's environment, so a
 * site can use its own tile server (or a test its local one) without a new build.
 */
export type MapTiles = { url: string; attribution: string; host: string }

const defaultUrl = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
const defaultAttribution = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>'

export const mapTiles = (env: NodeJS.ProcessEnv = process.env): MapTiles => {
  const url = env.MAP_TILE_URL || defaultUrl
  return { attribution: env.MAP_ATTRIBUTION || defaultAttribution, host: tileHost(url), url }
}
