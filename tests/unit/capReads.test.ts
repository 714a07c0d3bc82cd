import { describe, expect, it } from '@jest/globals'
import type { PayloadRequest } from 'payload'

import { capReads } from '../../src/lib/limits/capReads'

type Args = Record<string, unknown>

const read = (args: Args, req: Partial<PayloadRequest>, operation = 'read') =>
  capReads({ args, operation, req: req as PayloadRequest } as unknown as Parameters<typeof capReads>[0]) as Args

const rest = (query: Record<string, unknown>) => ({ payloadAPI: 'REST' as const, query })

describe('capReads', () => {
  it('caps the joins a REST URL asks for, and a join asking for all', () => {
    const args = { joins: { sessions: { limit: 5000 }, topics: { limit: 0 }, venues: false } }
    expect(read(args, rest({ joins: {} })).joins).toEqual({ sessions: { limit: 100 }, topics: { limit: 100 }, venues: false })
  })

  it('leaves a REST endpoint’s own whole-list reads alone when the URL asks for nothing', () => {
    const args = { limit: 0, pagination: false }
    expect(read(args, rest({ dryRun: '1' }))).toBe(args)
  })

  it('leaves the Local API and reads with overridden access alone', () => {
    const args = { limit: 0, pagination: false }
    expect(read(args, { payloadAPI: 'local', query: { limit: '0' } })).toBe(args)
    expect(read({ ...args, overrideAccess: true }, { payloadAPI: 'GraphQL', query: {} })).toMatchObject(args)
  })

  it('lets a GraphQL join read the one document more it needs to tell whether there is a next page', () => {
    expect(read({ limit: 101, pagination: false }, { payloadAPI: 'GraphQL', query: {} })).toMatchObject({ limit: 101 })
    expect(read({ limit: 5001, pagination: false }, { payloadAPI: 'GraphQL', query: {} })).toMatchObject({ limit: 101 })
    expect(read({ limit: 0, pagination: false }, { payloadAPI: 'GraphQL', query: {} })).toMatchObject({ limit: 100, pagination: true })
  })

  it('changes nothing but reads', () => {
    const args = { limit: 0 }
    expect(read(args, rest({ limit: '0' }), 'delete')).toBe(args)
  })
})
