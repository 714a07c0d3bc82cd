import { createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '../config/secret'

const mac = (value: string): string => createHmac('sha256', payloadSecret()).update(`feedback:${value}`).digest('base64url')

/** `value.mac`: the value with an HMAC under PAYLOAD_SECRET, so a visitor cannot make one up. */
export const sign = (value: string): string => `${value}.${mac(value)}`

/** The value of a string `sign` made, or undefined for anything else. */
export const unsign = (signed: string | null | undefined): string | undefined => {
  const dot = signed?.lastIndexOf('.') ?? -1
  if (!signed || dot < 0) return undefined
  const value = signed.slice(0, dot)
  const given = Buffer.from(signed.slice(dot + 1))
  const expected = Buffer.from(mac(value))
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : undefined
}
