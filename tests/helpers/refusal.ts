import { expect } from '@jest/globals'
import { type CollectionSlug, type Payload, ValidationError } from 'payload'

import type { Id } from './fixtures'
import type { ApiResponse } from './rest'

export type FieldError = { message: string; path: string }

/** Awaits a save that must be refused with a ValidationError and returns the fields it names. */
export const refusedFields = async (save: Promise<unknown>): Promise<FieldError[]> => {
  const outcome = await save.then(
    () => ({ accepted: true as const }),
    (error: unknown) => ({ accepted: false as const, error }),
  )
  if (outcome.accepted) throw new Error('The save was accepted but should have been refused')
  expect(outcome.error).toBeInstanceOf(ValidationError)
  return (outcome.error as ValidationError).data.errors.map(({ message, path }) => ({ message, path }))
}

/**
 * The save is refused, naming exactly `paths`; `message` (if given) is part of one field's message.
 * Payload lists the fields as their checks finish, in no fixed order.
 */
export const expectRefused = async (save: Promise<unknown>, paths: string[], message?: string): Promise<void> => {
  const fields = await refusedFields(save)
  expect(fields.map(({ path }) => path).sort()).toEqual([...paths].sort())
  if (message) expect(fields.map((field) => field.message)).toContainEqual(expect.stringContaining(message))
}

type RefusedUpdate = {
  collection: CollectionSlug
  data: Record<string, unknown>
  id: Id
  message?: string
  paths: string[]
}

/** An update that must be refused; afterwards the stored document (and its draft) is as before. */
export const expectUpdateRefused = async (
  payload: Payload,
  { collection, data, id, message, paths }: RefusedUpdate,
): Promise<void> => {
  const read = () => payload.findByID({ collection, depth: 0, draft: true, id, locale: 'all' })
  const before = await read()
  await expectRefused(payload.update({ collection, data, id }), paths, message)
  expect(await read()).toEqual(before)
}

/** Payload answers a refused save over REST with `errors[0].data.errors`: one entry per field. */
export const expectFieldErrors = ({ body, status }: ApiResponse, paths: string[], message?: string): void => {
  expect(status).toBe(400)
  expect(body.errors[0].name).toBe('ValidationError')
  const fields: FieldError[] = body.errors[0].data.errors
  expect(fields.map(({ path }) => path).sort()).toEqual([...paths].sort())
  if (message) expect(fields[0].message).toContain(message)
}
