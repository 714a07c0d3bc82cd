import type { Payload } from 'payload'

import { verifyPreview } from '@difu/programm/site'
import { sitePath } from '@difu/programm/site'

/** The site path a preview request may open, or the answer refusing it. */
export type PreviewTarget = { path: string } | Response

const refuse = (status: 400 | 401 | 403, message: string): Response =>
  new Response(message, { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, status })

/**
 * Checks a `/preview?path=&expires=&signature=` request: the link must be signed with Payload's
 * secret and unexpired, and the browser must carry a signed-in Payload user, so a forwarded link
 * shows a visitor nothing.
 */
export const previewTarget = async (request: Request, payload: Payload, now = Date.now()): Promise<PreviewTarget> => {
  const url = new URL(request.url)
  const params = url.searchParams
  const query = {
    expires: params.get('expires') ?? undefined,
    path: params.get('path') ?? undefined,
    signature: params.get('signature') ?? undefined,
  }
  const path = sitePath(query.path, url.origin)
  if (!path) {
    return refuse(400, 'Der Parameter "path" muss ein Pfad dieser Website sein. / Parameter "path" must be a path on this site.')
  }
  if (!verifyPreview(query, payload.secret, now)) {
    return refuse(403, 'Dieser Vorschau-Link ist ungültig oder abgelaufen. / This preview link is invalid or has expired.')
  }
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return refuse(401, 'Bitte zuerst im Admin-Bereich anmelden. / Please sign in to the admin panel first.')
  return { path }
}

/** Where /preview/exit returns to: the page the editor was on if it is a path on this site, else `/`. */
export const exitTarget = (request: Request): string => {
  const url = new URL(request.url)
  return sitePath(url.searchParams.get('path'), url.origin) ?? '/'
}
