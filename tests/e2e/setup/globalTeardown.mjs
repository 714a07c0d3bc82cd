/** Stops the server of the global setup (and removes its temp database) and the tile server. */
export default async function globalTeardown() {
  const server = globalThis.__E2E_SERVER__
  if (server) await server.stop()
  await globalThis.__E2E_TILES__?.stop()
}
