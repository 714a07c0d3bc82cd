import { describe, expect, it } from '@jest/globals'
import type { PayloadRequest } from 'payload'

import { nextEdition } from '../../src/endpoints/nextEdition/nextEdition'
import { unknownRoleUser } from '../helpers/users'

/** Only the role check runs before anything is read: a request with just a user is enough. */
const answerFor = (user: unknown) =>
  nextEdition.handler({ routeParams: { id: '1' }, user } as unknown as PayloadRequest) as Promise<Response>

describe('POST /api/events/:id/next-edition access', () => {
  it('answers 401 without a user', async () => {
    expect((await answerFor(null)).status).toBe(401)
  })

  it('answers 403 for a signed-in account that is neither editor nor admin', async () => {
    const answer = await answerFor(unknownRoleUser)
    expect(answer.status).toBe(403)
    expect((await answer.json()).errors[0].message).toBe('Nur die Redaktion darf Veranstaltungen anlegen.')
  })
})
