/** Points on the earth and distances between them, for the map search. */

export type Point = { lat: number; lng: number }

/** The mean earth radius (IUGG), good to about 0.5 % for distances between German cities. */
const earthRadiusKm = 6371.0088

const radians = (degrees: number): number => (degrees * Math.PI) / 180

/** The great-circle distance in km (haversine formula, exact on a sphere). */
export const distanceKm = (from: Point, to: Point): number => {
  const dLat = radians(to.lat - from.lat)
  const dLng = radians(to.lng - from.lng)
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(a)))
}

export type BoundingBox = {
  minLat: number
  maxLat: number
  /** Undefined when the box spans every longitude (near a pole, or across the antimeridian). */
  minLng?: number
  maxLng?: number
}

/**
 * A latitude/longitude box that holds every point within `radiusKm` of `center`: a query on two
 * indexed numbers that every database answers, before the exact distance is worked out in JS.
 * The box may hold a little more than the circle (its corners), never less.
 */
export const boundingBox = (center: Point, radiusKm: number): BoundingBox => {
  const latDelta = (radiusKm / earthRadiusKm) * (180 / Math.PI)
  const minLat = Math.max(-90, center.lat - latDelta)
  const maxLat = Math.min(90, center.lat + latDelta)
  // the widest longitude span is at the latitude of the box nearest a pole
  const widest = Math.max(Math.abs(minLat), Math.abs(maxLat))
  if (widest >= 90) return { minLat, maxLat }
  const lngDelta = latDelta / Math.cos(radians(widest))
  const minLng = center.lng - lngDelta
  const maxLng = center.lng + lngDelta
  if (minLng < -180 || maxLng > 180) return { minLat, maxLat }
  return { minLat, maxLat, minLng, maxLng }
}

/** Whether a point lies on the earth: latitude -90…90, longitude -180…180. */
export const isOnEarth = ({ lat, lng }: Point): boolean =>
  Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180

/** A distance as the list shows it: one decimal, as the haversine on a sphere is no more exact. */
export const roundKm = (km: number): number => Math.round(km * 10) / 10
