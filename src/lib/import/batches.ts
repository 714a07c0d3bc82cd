import { setImmediate as nextTurn } from 'node:timers/promises'

/** How long the import works before the server turns to other requests. */
const sliceMs = 10

/**
 * A pause point for long loops: `await pause()` on every row turns to the event loop once the
 * current slice of work has taken `sliceMs`, so a file of thousands of rows does not hold up the
 * other visitors of the server, on a fast machine or a slow one.
 */
export const pauses = () => {
  let sliceStart = performance.now()
  return async (): Promise<void> => {
    if (performance.now() - sliceStart < sliceMs) return
    await nextTurn()
    sliceStart = performance.now()
  }
}

/** Maps every item, turning to other requests between slices of work (`pauses`). */
export const mapInBatches = async <Item, Result>(items: Item[], map: (item: Item) => Result): Promise<Result[]> => {
  const pause = pauses()
  const results: Result[] = []
  for (const item of items) {
    await pause()
    results.push(map(item))
  }
  return results
}
