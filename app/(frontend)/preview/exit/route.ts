import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { exitTarget } from '../../../../frontend/routes/preview'

/** Leaves the preview: draft mode off, back to the published page. */
export const GET = async (request: Request) => {
  ;(await draftMode()).disable()
  redirect(exitTarget(request))
}
