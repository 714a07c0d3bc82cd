'use client'

import { useConfig } from '@payloadcms/ui'
import { useCallback } from 'react'

/**
 * A signed-in request to the site's REST API from an admin component: the path after `/api`,
 * the answer's JSON, and an error carrying the answer's first message for anything but 2xx.
 */
export const useApi = () => {
  const { config } = useConfig()
  const base = `${config.serverURL ?? ''}${config.routes.api}`
  return useCallback(
    async <T = unknown,>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
      const response = await fetch(`${base}${path}`, {
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        credentials: 'include',
        headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
        method: init.method ?? 'GET',
      })
      const json = await response.json().catch(() => ({}))
      if (!response.ok) throw new Error(json?.errors?.[0]?.message ?? `${response.status}`)
      return json as T
    },
    [base],
  )
}
