import type { PayloadRequest } from 'payload'

/** The largest file accepted: a programme or a speaker list is a few kilobytes. */
export const maxUploadBytes = 2 * 1024 * 1024

/**
 * The CSV text of the request: the body itself (text/csv), or the `file` field of a form upload
 * (multipart/form-data, as the admin panel sends it). Undefined when neither holds a file.
 */
export const readUpload = async (req: PayloadRequest): Promise<string | undefined> => {
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    const file = (await req.formData?.())?.get('file')
    return file && typeof file === 'object' ? file.text() : undefined
  }
  return req.text?.()
}
