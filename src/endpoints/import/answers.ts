import type { PayloadRequest } from 'payload'

import type { ImportLanguage } from '../../lib/import/messages'
import type { ImportError } from '../../lib/import/types'

/** Messages follow the admin language the request asks for (Accept-Language), German by default. */
export const languageOf = (req: PayloadRequest): ImportLanguage => (req.i18n?.language === 'en' ? 'en' : 'de')

/**
 * A refused import in Payload's error shape, each error with the file's line and column where
 * it has them, so the admin panel can list them and API clients read them like Payload's own.
 */
export const refusal = (status: 400 | 401 | 403 | 413, errors: ImportError[] | string): Response =>
  Response.json({ errors: typeof errors === 'string' ? [{ message: errors }] : errors }, { status })
