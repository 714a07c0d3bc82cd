import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'

import { importMap } from '../../(payload)/admin/importMap.js'

type SearchParams = Promise<{ [key: string]: string | string[] }>

/** Payload's own admin view at these path segments, as its catch-all route would render it. */
export const signInView = (segments: (params: Record<string, string>) => string[]) => {
  const paramsOf = async (params: Promise<Record<string, string>>) => ({ segments: segments(await params) })
  return {
    generateMetadata: ({ params, searchParams }: { params: Promise<Record<string, string>>; searchParams: SearchParams }): Promise<Metadata> =>
      generatePageMetadata({ config, params: paramsOf(params), searchParams }),
    Page: ({ params, searchParams }: { params: Promise<Record<string, string>>; searchParams: SearchParams }) =>
      RootPage({ config, importMap, params: paramsOf(params), searchParams }),
  }
}
