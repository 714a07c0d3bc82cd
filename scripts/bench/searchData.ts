/**
 * Bench-only data for `npm run bench:search`: 500 venues spread around the gazetteer's cities and
 * 5,000 published events at them, written into the database named by DATABASE_URL, which must be
 * a separate, otherwise empty one (scripts/bench/search.mjs gives it its own SQLite file). The
 * data come from a fixed pseudo-random sequence, so every run measures the same. A database that
 * already holds them is left as it is.
 */
import { gazetteer } from '@difu/programm/site'
import { runScript } from '../lib/runScript'

const venueCount = 500
const eventCount = 5000
const topicNames = ['Infrastruktur', 'Kommunalfinanzen', 'Mobilität', 'Klimaschutz', 'Wohnen']

/** mulberry32: a small seeded generator, so the data are the same on every run. */
const sequence = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const day = 24 * 60 * 60 * 1000

await runScript('Search bench data', async (payload) => {
  const existing = await payload.count({ collection: 'events', overrideAccess: true })
  if (existing.totalDocs >= eventCount) return `Kept the ${existing.totalDocs} events already there.`
  if (existing.totalDocs) throw new Error('The database holds other events: give the bench data a database of its own.')

  const random = sequence(2026)
  const options = { context: { disableRevalidate: true }, depth: 0, overrideAccess: true } as const
  const topics = []
  for (const name of topicNames) topics.push((await payload.create({ ...options, collection: 'topics', data: { name } })).id)

  const venues = []
  for (let index = 0; index < venueCount; index += 1) {
    const city = gazetteer[index % gazetteer.length]
    const venue = await payload.create({
      ...options,
      collection: 'venues',
      data: {
        name: `Tagungszentrum ${index + 1}`,
        address: { city: city.name, postcode: String(10000 + Math.floor(random() * 89999)) },
        // within about 15 km of the city centre
        latitude: Math.round((city.lat + (random() - 0.5) * 0.27) * 1e5) / 1e5,
        longitude: Math.round((city.lng + (random() - 0.5) * 0.42) * 1e5) / 1e5,
      },
    })
    venues.push(venue.id)
  }

  const first = Date.UTC(2024, 0, 1, 7)
  for (let index = 0; index < eventCount; index += 1) {
    const start = first + Math.floor(random() * 5 * 365) * day
    await payload.create({
      ...options,
      collection: 'events',
      data: {
        _status: 'published',
        attendanceMode: random() < 0.2 ? 'mixed' : 'offline',
        end: new Date(start + (random() < 0.3 ? day : 0) + 8 * 60 * 60 * 1000).toISOString(),
        end_tz: 'Europe/Berlin',
        start: new Date(start).toISOString(),
        start_tz: 'Europe/Berlin',
        status: 'scheduled',
        summary: 'Fachtagung mit Vorträgen und Diskussion.',
        title: `Fachtagung ${index + 1}: ${topicNames[index % topicNames.length]}`,
        topics: [topics[index % topics.length]],
        venue: venues[Math.floor(random() * venues.length)],
      },
    })
    if ((index + 1) % 1000 === 0) console.log(`${index + 1} events`)
  }
  return `${venueCount} venues and ${eventCount} published events.`
})
