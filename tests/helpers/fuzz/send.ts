import type { FuzzCase } from './case'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** The site's own route handlers (`/api/[...slug]`, `/api/graphql`), as Next.js calls them. */
export type Routes = { rest: Record<FuzzCase['method'], Handler>; graphql: (request: Request) => Promise<Response> }

export const siteRoutes = async (): Promise<Routes> => {
  const rest = await import('../../../app/(payload)/api/[...slug]/route')
  const graphql = await import('../../../app/(payload)/api/graphql/route')
  return { graphql: graphql.POST as Routes['graphql'], rest: rest as unknown as Routes['rest'] }
}

/** Next hands a catch-all route its segments decoded; a broken escape stays as it came. */
const decoded = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

export type Answer = { status: number; text: string; serverErrors: number }

/** GraphQL answers 200 with errors; an error with a 5xx `statusCode` is a server error all the same. */
const graphqlServerErrors = (text: string): number => {
  try {
    const { errors } = JSON.parse(text) as { errors?: { extensions?: { statusCode?: number } }[] }
    return (errors ?? []).filter((error) => (error.extensions?.statusCode ?? 0) >= 500).length
  } catch {
    return 0
  }
}

export const send = async (routes: Routes, fuzzCase: FuzzCase, token: string): Promise<Answer> => {
  const url = new URL(fuzzCase.url, 'http://localhost:3000')
  const headers: Record<string, string> = {}
  if (fuzzCase.body?.contentType) headers['Content-Type'] = fuzzCase.body.contentType
  if (fuzzCase.signedIn) headers.Authorization = `JWT ${token}`
  const init: RequestInit = { body: fuzzCase.body?.data as BodyInit | undefined, headers, method: fuzzCase.method }
  const request = new Request(url, init)
  const response =
    url.pathname === '/api/graphql'
      ? await routes.graphql(request)
      : await routes.rest[fuzzCase.method](request, {
          params: Promise.resolve({ slug: url.pathname.slice('/api/'.length).split('/').filter(Boolean).map(decoded) }),
        })
  const text = await response.text()
  const serverErrors = response.status >= 500 ? 1 : url.pathname === '/api/graphql' ? graphqlServerErrors(text) : 0
  return { serverErrors, status: response.status, text }
}
