import { revalidatePath } from 'next/cache'

import type { RevalidateArgs } from '../../src'
import { affectedPaths, everyPage } from './affectedPaths'
import { forgetVisitorApiAnswers } from './visitorApiCache'

/**
 * The site's `revalidate` callback for the events plugin: regenerate what shows the document, and
 * forget the API answers kept for visitors.
 * Next's page cache exists only inside the Next server; writes from scripts and Jest have none.
 * `next dev` renders every page per request, so has nothing to refresh either, and its job runner
 * publishes scheduled documents outside any request, where revalidatePath would throw.
 */
export const revalidateSite = async (args: RevalidateArgs): Promise<void> => {
  forgetVisitorApiAnswers()
  if (!process.env.NEXT_RUNTIME || process.env.NODE_ENV === 'development') return
  const paths = await affectedPaths(args)
  args.req.payload.logger.debug({ msg: 'revalidating', paths })
  for (const path of paths) {
    if (path === everyPage) revalidatePath('/', 'layout')
    else revalidatePath(path)
  }
}
