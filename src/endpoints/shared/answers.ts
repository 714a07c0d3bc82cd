import { APIError, type PayloadRequest, type Where } from 'payload'

/**
 * The one way the plugin's endpoints refuse a request: Payload's REST handler answers an APIError
 * with its status and `{ errors: [{ message }] }`, its own error shape. Named, so Payload logs it
 * at the level the plugin sets for it (info): a refusal is the client's mistake, not the server's.
 */
export class EndpointRefusal extends APIError {
  constructor(status: 400 | 401 | 403 | 404 | 413, message: string) {
    super(message, status, null, true)
    this.name = 'EndpointRefusal'
  }
}

export const refuse = (status: 400 | 401 | 403 | 404 | 413, message: string): never => {
  throw new EndpointRefusal(status, message)
}

/** A content locale of the site (its `localization.locales`). */
export type ExportLocale = string

/**
 * `?locale=` picks one of the site's content locales, its default locale when absent; an unknown
 * one is refused rather than silently replaced.
 */
export const readLocale = (req: PayloadRequest): ExportLocale => {
  const { localization } = req.payload.config
  const codes = localization ? localization.localeCodes : []
  const value = req.searchParams.get('locale')
  if (value === null) return localization ? localization.defaultLocale : ''
  return codes.includes(value)
    ? value
    : refuse(400, `Unknown value for parameter "locale": use ${codes.join(' or ')}.`)
}

/** `?sessions=1` (or true) asks for the programme too; anything else but 0/false is a typo. */
export const readFlag = (req: PayloadRequest, name: string): boolean => {
  const value = req.searchParams.get(name)
  if (value === null || value === '0' || value === 'false') return false
  if (value === '1' || value === 'true') return true
  return refuse(400, `Unknown value for parameter "${name}": use 1 or 0.`)
}

/** Upcoming means not over yet: an event running today still belongs in a subscription. */
export const upcomingWhere = (): Where => ({
  and: [{ end: { greater_than_equal: new Date().toISOString() } }, { _status: { equals: 'published' } }],
})
