/**
 * Made-up addresses cannot fill the server's page cache: 1,000 distinct unknown slugs under every
 * page route (and addresses no route knows) answer 404 with the 404 page, are not written to the
 * cache on disk, and tell caches not to keep them. Real pages are still served from the cache.
 */
import { describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { distDir, repoRoot } from '../../scripts/e2e/server.mjs'
import { demo, get } from './helpers/site'

const unknownAddresses = 1_000
/** Requests in flight at once. */
const parallel = 8

/** The files and bytes of the build's server folder, where Next's file-system cache keeps pages. */
const cacheOnDisk = (): { files: number; bytes: number } => {
  const total = { bytes: 0, files: 0 }
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        total.files += 1
        total.bytes += fs.statSync(full).size
      }
    }
  }
  walk(path.join(repoRoot, distDir(), 'server'))
  return total
}

const prefixes = [
  ...['/veranstaltungen/', '/referierende/', '/orte/', '/themen/', '/'].map((prefix) => [prefix, demo.de.notFoundTitle]),
  ...['/en/events/', '/en/speakers/', '/en/venues/', '/en/topics/', '/en/'].map((prefix) => [prefix, demo.en.notFoundTitle]),
]

/** A Cache-Control that lets no cache keep the answer, or keeps it a minute at most. */
const keptBriefly = (cacheControl: string | null): boolean => {
  if (!cacheControl) return false
  if (/\bno-store\b/.test(cacheControl)) return true
  const ages = [...cacheControl.matchAll(/\b(?:s-maxage|max-age|stale-while-revalidate)=(\d+)/g)].map((match) => Number(match[1]))
  return ages.length > 0 && ages.every((age) => age <= 60)
}

const clientScript = /<script\b(?![^>]*application\/ld\+json)/

describe('unknown addresses', () => {
  test('1,000 distinct unknown slugs answer 404, are not stored, and are not to be kept', async () => {
    const run = randomBytes(3).toString('hex')
    const addresses = Array.from({ length: unknownAddresses }, (_, n) => {
      const [prefix, title] = prefixes[n % prefixes.length]
      return { path: `${prefix}gibt-es-nicht-${run}-${n}`, title }
    })
    const before = cacheOnDisk()
    const wrong: string[] = []
    let next = 0
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next < addresses.length) {
          const { path: address, title } = addresses[next++]
          const { headers, status, text } = await get(address)
          const cacheControl = headers.get('cache-control')
          if (status !== 404 || !keptBriefly(cacheControl) || !text.includes(title) || clientScript.test(text)) {
            wrong.push(`${address}: ${status}, Cache-Control ${cacheControl}, 404 page ${text.includes(title)}, scripts ${clientScript.test(text)}`)
          }
        }
      }),
    )
    const after = cacheOnDisk()
    process.stdout.write(`[unknown addresses] cache on disk before ${JSON.stringify(before)}, after ${JSON.stringify(after)}\n`)
    expect({ examples: wrong.slice(0, 5), wrong: wrong.length }).toEqual({ examples: [], wrong: 0 })
    expect(after).toEqual(before)
  }, 300_000)

  test('a real page is still served from the cache', async () => {
    await get(demo.de.event)
    const again = await get(demo.de.event)
    expect([again.status, again.headers.get('x-nextjs-cache')]).toEqual([200, 'HIT'])
  })
})
