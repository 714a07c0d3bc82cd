import { draftMode, headers } from 'next/headers'
import type { TypedUser, Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '../i18n/dictionary'
import { asVisitor } from './asVisitor'
import { payloadClient } from './payload'

const publishedOnly: Where = { _status: { equals: 'published' } }

/**
 * How a loader reads: as a visitor (published documents only), or, for a signed-in user, the
 * latest drafts with that user's access. `visible` goes into the loader's `where`.
 */
export const readOptionsFor = (locale: Locale, user: TypedUser | null) =>
  user
    ? { options: { draft: true, locale, overrideAccess: false, pagination: false, user } as const, visible: [] }
    : { options: asVisitor(locale), visible: [publishedOnly] }

/**
 * The signed-in user while draft mode is on (entered through /preview), else null. The draft-mode
 * cookie alone shows nothing: without a Payload session the page is what visitors see. Draft mode
 * makes Next render each request afresh, so no cached page ever holds a draft.
 */
export const previewUser = cache(async (): Promise<TypedUser | null> => {
  if (!(await draftMode()).isEnabled) return null
  const payload = await payloadClient()
  return (await payload.auth({ headers: await headers() })).user
})

/** The read options of the page being rendered: drafts only in an editor's preview. */
export const readOptions = async (locale: Locale) => readOptionsFor(locale, await previewUser())
