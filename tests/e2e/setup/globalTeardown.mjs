/** Stops the server of the global setup (and removes its temp database), the tile and the mail server. */
export default async function globalTeardown() {
  const server = globalThis.__E2E_SERVER__
  if (server) await server.stop()
  await globalThis.__E2E_TILES__?.stop()
  await globalThis.__E2E_MAIL__?.stop()
}
