import type { TextFieldSingleValidation } from 'payload'

import { translate } from '../../src/translations'

/** Images must describe themselves for screen readers; PDFs and other files need no alt text. */
export const validateAlt: TextFieldSingleValidation = (value, { data, req }) => {
  const mimeType = (data as { mimeType?: string }).mimeType
  if (mimeType && !mimeType.startsWith('image/')) return true
  return typeof value === 'string' && value.trim() !== '' ? true : translate(req, 'altRequired')
}
