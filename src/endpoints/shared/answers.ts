import type { PayloadRequest, Where } from 'payload'

/** Error answers in Payload's own shape, so API clients read them like Payload's errors. */
export const errorAnswer = (status: 400 | 401 | 403 | 404, message: string): Response =>
  Response.json({ errors: [{ message }] }, { status })

export const locales = ['de', 'en'] as const
export type ExportLocale = (typeof locales)[number]

/** `?locale=` picks the language; an unknown one is refused rather than silently replaced. */
export const readLocale = (req: PayloadRequest): ExportLocale | Response => {
  const value = req.searchParams.get('locale')
  if (value === null) return 'de'
  return (locales as readonly string[]).includes(value)
    ? (value as ExportLocale)
    : errorAnswer(400, `Unknown value for parameter "locale": use ${locales.join(' or ')}.`)
}

/** `?sessions=1` (or true) asks for the programme too; anything else but 0/false is a typo. */
export const readFlag = (req: PayloadRequest, name: string): boolean | Response => {
  const value = req.searchParams.get(name)
  if (value === null || value === '0' || value === 'false') return false
  if (value === '1' || value === 'true') return true
  return errorAnswer(400, `Unknown value for parameter "${name}": use 1 or 0.`)
}

/** Upcoming means not over yet: an event running today still belongs in a subscription. */
export const upcomingWhere = (): Where => ({
  and: [{ end: { greater_than_equal: new Date().toISOString() } }, { _status: { equals: 'published' } }],
})
