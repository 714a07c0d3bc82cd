/**
 * A stand-in for the map's tile server in the browser tests: answers every `/{z}/{x}/{y}.png` with
 * one small grey PNG, so the map can be tested without the internet (and without burdening
 * OpenStreetMap). Started by tests/e2e/setup/globalSetup.mjs; its address template goes to the
 * site's server as MAP_TILE_URL.
 */
import http from 'node:http'
import zlib from 'node:zlib'

/** A 256×256 grey PNG, built once: signature, IHDR, one IDAT of filtered rows, IEND. */
const tilePng = (() => {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes) => {
    let c = 0xffffffff
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([length, body, sum])
  }
  const size = 256
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  const rows = Buffer.alloc((size + 1) * size, 0xe0)
  for (let row = 0; row < size; row += 1) rows[row * (size + 1)] = 0 // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
})()

/** Starts the tile server on a free port of 127.0.0.1; resolves with { urlTemplate, requests(), stop() }. */
export const startTileServer = () =>
  new Promise((resolve, reject) => {
    let requests = 0
    const server = http.createServer((request, response) => {
      requests += 1
      if (!/^\/\d+\/\d+\/\d+\.png$/.test(new URL(request.url, 'http://localhost').pathname)) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, { 'Cache-Control': 'no-store', 'Content-Type': 'image/png' }).end(tilePng)
    })
    server.on('error', reject)
    // never the reason the test process stays alive
    server.unref()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({
        requests: () => requests,
        stop: () => new Promise((done) => server.close(() => done())),
        urlTemplate: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`,
      })
    })
  })
