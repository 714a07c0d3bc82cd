import type { AfterErrorHook } from 'payload'

type FieldErrors = { errors: { message: string; path: string }[] }

const fieldErrorsOf = (error: Error): FieldErrors | undefined => {
  const data = (error as Error & { data?: unknown }).data as Partial<FieldErrors> | undefined
  return Array.isArray(data?.errors) ? (data as FieldErrors) : undefined
}

/**
 * Keeps the per-field messages of a refused save in the REST answer. Payload recognises its
 * ValidationError by class (`formatErrors`), which fails in a production Next build where the
 * server bundle holds more than one copy of the class; the answer then carries only "the following
 * field is invalid: Raum", and the admin form cannot show the reason beside the field.
 */
export const keepFieldErrors: AfterErrorHook = ({ error, result }) => {
  const data = fieldErrorsOf(error)
  if (!data || !result || result.errors?.some((entry) => 'data' in entry)) return
  return { response: { errors: [{ data, message: error.message, name: 'ValidationError' }] } }
}
