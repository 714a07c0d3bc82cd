import type { PayloadRequest } from 'payload'

import { maxUploadBytes } from '../../lib/import/limits'

/** Said instead of the file when the request passed `maxUploadBytes`. */
export const tooLarge = 'tooLarge'

/**
 * The request body, read as it arrives and given up as soon as it passes `maxBytes`: a body
 * sent in chunks without Content-Length is not read whole before it is refused.
 */
const readLimitedBody = async (req: PayloadRequest, maxBytes: number): Promise<Uint8Array | typeof tooLarge> => {
  if (Number(req.headers.get('content-length')) > maxBytes) return tooLarge
  const reader = req.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength
    if (size > maxBytes) {
      await reader?.cancel()
      return tooLarge
    }
    chunks.push(chunk.value)
  }
  return Buffer.concat(chunks)
}

/**
 * The CSV text of the request: the body itself (text/csv), or the `file` field of a form upload
 * (multipart/form-data, as the admin panel sends it). Undefined when neither holds a file.
 */
export const readUpload = async (req: PayloadRequest): Promise<string | typeof tooLarge | undefined> => {
  const body = await readLimitedBody(req, maxUploadBytes)
  if (body === tooLarge) return body
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    const file = (await new Response(body as BodyInit, { headers: { 'content-type': type } }).formData()).get('file')
    return file && typeof file === 'object' ? file.text() : undefined
  }
  return new TextDecoder().decode(body)
}
