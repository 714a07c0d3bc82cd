import { revalidatePath } from 'next/cache'
import type { PayloadRequest } from 'payload'

import type { RevalidateArgs } from '@difu/programm'
import { affectedPaths, everyPage } from './affectedPaths'
import { forgetVisitorApiAnswers } from './visitorApiCache'

/**
 * The site's `revalidate` callback for the events plugin: regenerate what shows the document, and
 * forget the API answers kept for visitors.
 * Next's page cache exists only inside the Next server; writes from scripts and Jest have none.
 * `next dev` renders every page per request, so has nothing to refresh either, and its job runner
 * publishes scheduled documents outside any request, where revalidatePath would throw.
 *
 * It runs in Payload's afterChange hook, inside the write's transaction (PostgreSQL), before the
 * commit. That is safe: revalidatePath only records the paths, and Next marks them stale once the
 * request's route handler has returned, after Payload has committed, so a render the mark causes
 * reads the new data. (What made pages stale under load was a render that began before a change
 * and was stored after its mark as newer than it; see cache/renderStarts.cjs.)
 */
export const revalidateSite = async (args: RevalidateArgs): Promise<void> => {
  forgetVisitorApiAnswers()
  if (!pageCacheExists()) return
  revalidatePaths(args.req, await affectedPaths(args))
}

const pageCacheExists = (): boolean => Boolean(process.env.NEXT_RUNTIME) && process.env.NODE_ENV !== 'development'

/** Marks the given public pages stale (`everyPage` for all), where there is a page cache (see above). */
export const revalidatePaths = (req: PayloadRequest, paths: string[]): void => {
  if (!pageCacheExists()) return
  req.payload.logger.debug({ msg: 'revalidating', paths })
  for (const path of paths) {
    if (path === everyPage) revalidatePath('/', 'layout')
    else revalidatePath(path)
  }
}
