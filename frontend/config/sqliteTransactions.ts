import { APIError, type DatabaseAdapterObj } from 'payload'

type Client = { execute: (sql: string) => Promise<unknown> }
type TransactionID = number | Promise<number | string> | string

/** How long a save waits for the database: for another save of this server, or another process's. */
export const sqliteBusyTimeoutMs = 10_000

/**
 * Saves on SQLite in transactions, one at a time per server process. libsql's `transaction()`
 * runs `BEGIN IMMEDIATE` on its connection and gives later statements a fresh one; a second
 * `BEGIN IMMEDIATE` in the same process would wait for the lock synchronously, stopping the very
 * event loop that has to finish the first, and fail with SQLITE_BUSY once the busy timeout ran
 * out (Payload's docs warn of this locking). So this process's transactions queue here, and only
 * other processes meet at the lock, where `busy_timeout` (set on every new connection, since it
 * is a connection's setting) makes them wait instead of failing.
 */
export const sqliteTransactions = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const { beginTransaction, commitTransaction, rollbackTransaction } = instance
    if (!beginTransaction) return instance
    const client = () => (instance as unknown as { client: Client }).client
    const configure = () => client().execute(`PRAGMA busy_timeout = ${sqliteBusyTimeoutMs}`)
    const releases = new Map<number | string, () => void>()
    let queue: Promise<void> = Promise.resolve()

    const waitForTurn = async (): Promise<() => void> => {
      let release!: () => void
      const previous = queue
      const turn = new Promise<void>((resolve) => (release = resolve))
      queue = previous.then(() => turn)
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new APIError('The database is busy; please try again.', 503)), sqliteBusyTimeoutMs)
      })
      try {
        await Promise.race([previous, timeout])
      } catch (error) {
        // give the turn on once it comes, so the queue behind does not stall
        void previous.then(release)
        throw error
      } finally {
        clearTimeout(timer)
      }
      return release
    }

    const finish = (end: typeof commitTransaction) =>
      async function (this: unknown, incoming: TransactionID) {
        const id = await incoming
        try {
          await end.call(this, id)
        } finally {
          releases.get(id)?.()
          releases.delete(id)
        }
      }

    instance.beginTransaction = async function (options) {
      const release = await waitForTurn()
      try {
        await configure()
        const id = await beginTransaction.call(this, options)
        // the statements after this one run on the connection libsql opens next
        await configure()
        if (id === null) release()
        else releases.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    instance.commitTransaction = finish(commitTransaction)
    instance.rollbackTransaction = finish(rollbackTransaction)
    return instance
  },
})
