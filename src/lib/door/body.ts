import { nulPath } from './nul'
import type { Refusal } from './refusal'

/** Deeper bodies are no document of this site; Payload would walk them recursively. */
export const maxBodyDepth = 64

const depthOf = (value: unknown, depth = 0): number => {
  if (!value || typeof value !== 'object' || depth > maxBodyDepth) return depth
  let deepest = depth
  for (const inner of Object.values(value)) deepest = Math.max(deepest, depthOf(inner, depth + 1))
  return deepest
}

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)

/** A JSON text that must hold an object: parsed, shaped and free of NUL characters. */
export const jsonObjectProblem = (text: string, field?: string): Refusal | undefined => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { field, key: 'invalidJson', status: 400 }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { field, key: 'notAnObject', status: 400, values: { kind: kindOf(value) } }
  }
  if (depthOf(value) > maxBodyDepth) return { field, key: 'tooDeep', status: 400, values: { max: maxBodyDepth } }
  const nul = nulPath(value)
  if (nul) return { field: nul, key: 'nul', status: 400, values: { field: nul } }
  return undefined
}

const formProblem = async (request: Request): Promise<Refusal | undefined> => {
  let form: FormData
  try {
    form = await request.clone().formData()
  } catch {
    return { key: 'brokenForm', status: 400 }
  }
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') continue
    if (name === '_payload') {
      const problem = jsonObjectProblem(value, '_payload')
      if (problem) return problem
    } else if (value.includes('\u0000')) return { field: name, key: 'nul', status: 400, values: { field: name } }
  }
  return undefined
}

/**
 * What is wrong with the body of a write: a type other than JSON or form data (415), JSON that
 * does not parse or is no object, form data that does not parse, a NUL character. An empty body
 * (a sign-out, a delete) passes.
 */
export const bodyProblem = async (request: Request): Promise<Refusal | undefined> => {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type === 'multipart/form-data') return formProblem(request)
  const text = await request.clone().text()
  if (type === 'application/json') return text.trim() === '' ? undefined : jsonObjectProblem(text)
  if (text.length === 0) return undefined
  return { key: 'contentType', status: 415, values: { type: type || '—' } }
}
