import { type Config, defaultLoggerOptions } from 'payload'

type LogMethod = (...args: unknown[]) => void
type Levels = { info: LogMethod }

/** The HTTP status an error logged by Payload answers with; a GraphQL error carries it on its original error. */
const statusOf = (entry: unknown): number | undefined => {
  const err = (entry as { err?: { status?: unknown; originalError?: { status?: unknown } } } | undefined)?.err
  const status = err?.status ?? err?.originalError?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * Pino's hook for every log call: an error Payload logs for a 4xx answer (bad input, a missing
 * document, no permission) is the client's, not the server's. It goes to the log at info level as
 * one line with its message, without a stack trace, so real errors stand out.
 */
export function quietClientErrors(this: Levels, args: unknown[], method: LogMethod, level: number): void {
  const [entry] = args
  const status = statusOf(entry)
  if (level >= 50 && status !== undefined && status >= 400 && status < 500) {
    const { err } = entry as { err: { message?: string } }
    this.info({ msg: err.message ?? 'Error', status })
    return
  }
  method.apply(this, args)
}

type LoggerConfig = { destination?: unknown; options: Record<string, unknown> & { hooks?: Record<string, unknown> } }

/**
 * The site's logger with `quietClientErrors`, Payload's pretty output kept, unless the site
 * brought a logger instance of its own.
 */
export const withQuietClientErrors = (logger: Config['logger']): Config['logger'] => {
  if (logger && typeof logger === 'object' && !('options' in logger)) return logger
  if (logger === 'sync') return logger
  const given = logger as LoggerConfig | undefined
  return {
    destination: given?.destination ?? defaultLoggerOptions,
    options: { ...given?.options, hooks: { ...given?.options?.hooks, logMethod: quietClientErrors } },
  } as unknown as Config['logger']
}
