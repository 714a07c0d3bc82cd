/**
 * The floor of the benchmark: one file's bytes served by Node's `http` module, nothing else.
 * Run as a child process (so the load generator does not share its event loop):
 *   node scripts/bench/floor.mjs <file> <content-type>
 * It listens on a free port of 127.0.0.1 and prints that port as its first line.
 */
import fs from 'node:fs'
import http from 'node:http'

const [file, contentType = 'text/html; charset=utf-8'] = process.argv.slice(2)
const body = fs.readFileSync(file)
const headers = { 'Content-Length': String(body.length), 'Content-Type': contentType }

const server = http.createServer((request, response) => {
  response.writeHead(200, headers)
  response.end(body)
})
server.keepAliveTimeout = 65_000
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
