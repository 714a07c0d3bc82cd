import { describe, expect, it } from '@jest/globals'

import { findPlace, gazetteer, placeKey } from '../../src/lib/search/gazetteer'
import { boundingBox, distanceKm, isOnEarth, type Point } from '../../src/lib/search/geo'

const koeln = { lat: 50.9375, lng: 6.9603 }
const bonn = { lat: 50.7374, lng: 7.0982 }
const berlin = { lat: 52.52, lng: 13.405 }
const muenchen = { lat: 48.1372, lng: 11.5756 }

describe('distanceKm', () => {
  it('measures Köln–Bonn at about 24 km and Berlin–München at about 504 km', () => {
    expect(distanceKm(koeln, bonn)).toBeCloseTo(24.4, 0)
    expect(distanceKm(berlin, muenchen)).toBeCloseTo(504, -1)
  })

  it('is symmetric and zero for the same point', () => {
    expect(distanceKm(bonn, koeln)).toBe(distanceKm(koeln, bonn))
    expect(distanceKm(koeln, koeln)).toBe(0)
  })

  it('takes the short way across the antimeridian', () => {
    expect(distanceKm({ lat: 0, lng: 179.5 }, { lat: 0, lng: -179.5 })).toBeCloseTo(111.2, 0)
  })
})

describe('boundingBox', () => {
  const inside = (box: ReturnType<typeof boundingBox>, { lat, lng }: Point) =>
    lat >= box.minLat && lat <= box.maxLat && (box.minLng === undefined || (lng >= box.minLng && lng <= (box.maxLng as number)))

  it('holds every point on the circle in all directions', () => {
    const box = boundingBox(koeln, 50)
    // walk the circle: points 49.9 km away in 36 directions
    for (let bearing = 0; bearing < 360; bearing += 10) {
      const rad = (bearing * Math.PI) / 180
      const dLat = (49.9 / 6371) * Math.cos(rad) * (180 / Math.PI)
      const dLng = ((49.9 / 6371) * Math.sin(rad) * (180 / Math.PI)) / Math.cos((koeln.lat * Math.PI) / 180)
      const point = { lat: koeln.lat + dLat, lng: koeln.lng + dLng }
      expect(distanceKm(koeln, point)).toBeLessThan(50.5)
      expect(inside(box, point)).toBe(true)
    }
  })

  it('leaves out Berlin for 50 km around Köln, and Bonn for 20 km is only cut by the exact distance', () => {
    expect(inside(boundingBox(koeln, 50), berlin)).toBe(false)
    expect(inside(boundingBox(koeln, 25), bonn)).toBe(true)
  })

  it('spans every longitude near a pole and across the antimeridian', () => {
    expect(boundingBox({ lat: 89.9, lng: 0 }, 50)).toEqual({ minLat: expect.any(Number), maxLat: 90 })
    expect(boundingBox({ lat: 0, lng: 179.9 }, 50).minLng).toBeUndefined()
  })
})

describe('isOnEarth', () => {
  it('accepts latitude -90…90 and longitude -180…180 only', () => {
    expect(isOnEarth({ lat: 90, lng: -180 })).toBe(true)
    expect(isOnEarth({ lat: 200, lng: 10 })).toBe(false)
    expect(isOnEarth({ lat: 10, lng: 180.1 })).toBe(false)
    expect(isOnEarth({ lat: Number.NaN, lng: 0 })).toBe(false)
  })
})

describe('gazetteer', () => {
  it('has about a hundred German cities, each once and inside Germany', () => {
    expect(gazetteer.length).toBeGreaterThanOrEqual(100)
    expect(new Set(gazetteer.map((place) => placeKey(place.name))).size).toBe(gazetteer.length)
    for (const place of gazetteer) {
      expect([place.name, place.lat >= 47.2 && place.lat <= 55.1, place.lng >= 5.8 && place.lng <= 15.1]).toEqual([place.name, true, true])
    }
  })

  it('finds a city by its German or English name, in any case, with or without umlauts', () => {
    const koelnEntry = findPlace('Köln')
    expect(koelnEntry?.name).toBe('Köln')
    expect(findPlace('cologne')).toBe(koelnEntry)
    expect(findPlace('KOELN')).toBe(koelnEntry)
    expect(findPlace(' koeln ')).toBe(koelnEntry)
    expect(findPlace('Frankfurt')?.name).toBe('Frankfurt am Main')
    expect(findPlace('Frankfurt (Oder)')?.name).toBe('Frankfurt (Oder)')
    expect(findPlace('Atlantis')).toBeUndefined()
  })

  it('puts Köln and Bonn about 24 km apart', () => {
    expect(distanceKm(findPlace('Köln') as Point, findPlace('Bonn') as Point)).toBeCloseTo(24, -1)
  })
})
