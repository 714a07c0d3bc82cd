import { createHash } from 'node:crypto'

/**
 * A name-based UUID (RFC 9562, version 5: SHA-1): the same name in the same namespace always gives
 * the same UUID, so an identifier derived from a document never changes between requests.
 */
export const uuidV5 = (name: string, namespace: string): string => {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  if (namespaceBytes.length !== 16) throw new Error(`Not a UUID: ${namespace}`)
  const bytes = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest().subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x50
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-')
}
