/** Stops the server of the global setup and removes its temp database. */
export default async function globalTeardown() {
  const server = globalThis.__E2E_SERVER__
  if (server) await server.stop()
}
