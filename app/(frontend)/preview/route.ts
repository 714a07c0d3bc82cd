import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { payloadClient } from '../../../frontend/data/payload'
import { previewTarget } from '../../../frontend/routes/preview'

/** Opens a signed preview link from the admin panel: draft mode on, then the page. */
export const GET = async (request: Request) => {
  const target = await previewTarget(request, await payloadClient())
  if (target instanceof Response) return target
  ;(await draftMode()).enable()
  redirect(target.path)
}
