/** The path of the first text holding a NUL character, in a value of any depth; undefined if none does. */
export const nulPath = (value: unknown, path = ''): string | undefined => {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(text)' : undefined
  if (!value || typeof value !== 'object') return undefined
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) return path ? `${path}.${key}` : key
    const found = nulPath(inner, path ? `${path}.${key}` : key)
    if (found) return found
  }
  return undefined
}
