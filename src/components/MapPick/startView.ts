import { findPlace } from '../../lib/search/gazetteer'

export type View = { center: [number, number]; zoom: number }

const germany: View = { center: [51.16, 10.45], zoom: 5 }

const isCoordinate = (value: unknown, limit: number): value is number => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit

/**
 * Where the map opens: on the venue's coordinates when it has them, close enough to see the
 * building; else on its city, from the plugin's own list; else on Germany.
 */
export const startView = (latitude: unknown, longitude: unknown, city: string): View => {
  if (isCoordinate(latitude, 90) && isCoordinate(longitude, 180)) return { center: [latitude, longitude], zoom: 16 }
  const place = city ? findPlace(city) : undefined
  return place ? { center: [place.lat, place.lng], zoom: 12 } : germany
}
