import { describe, expect, it } from '@jest/globals'

import { payloadSecret } from '../../frontend/config/secret'

const env = (values: Record<string, string>): NodeJS.ProcessEnv => values as NodeJS.ProcessEnv

describe('payloadSecret', () => {
  it('uses PAYLOAD_SECRET when it is set', () => {
    expect(payloadSecret(env({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cr3t' }))).toBe('s3cr3t')
  })

  it('refuses to start a production server without a secret, naming the variable', () => {
    expect(() => payloadSecret(env({ NODE_ENV: 'production' }))).toThrow(/PAYLOAD_SECRET/)
  })

  it('lets the production build run without a secret', () => {
    const secret = payloadSecret(env({ NEXT_PHASE: 'phase-production-build', NODE_ENV: 'production' }))
    expect(secret).toEqual(expect.any(String))
    expect(secret.length).toBeGreaterThan(0)
  })

  it('gives development and tests a fixed secret, so sessions survive a restart', () => {
    const first = payloadSecret(env({ NODE_ENV: 'development' }))
    expect(first.length).toBeGreaterThan(0)
    expect(payloadSecret(env({ NODE_ENV: 'test' }))).toBe(first)
  })
})
