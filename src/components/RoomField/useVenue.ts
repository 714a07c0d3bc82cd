'use client'

import { useConfig, useFormFields, useLocale } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { type Relation, relationId } from '../../lib/relationId'
import type { Id } from '../../types'
import { useApi } from '../shared/api'

export type Venue = { id: Id; name?: string; rooms?: { id?: string; name?: string }[] }

/** The slug a relationship field of `collection` points to, as the site configured it. */
const useRelationTo = (collection: string, field: string, fallback: string): string => {
  const { getEntityConfig } = useConfig()
  const found = getEntityConfig({ collectionSlug: collection })?.fields.find((entry) => 'name' in entry && entry.name === field)
  return found && 'relationTo' in found ? String(found.relationTo) : fallback
}

/**
 * The venue of the session's event (in the content language being edited), with its rooms, and
 * a way to add one to it. Undefined while there is no event, or its event has no venue.
 */
export const useVenue = (sessions: string) => {
  const api = useApi()
  const { code: locale } = useLocale()
  const events = useRelationTo(sessions, 'event', 'events')
  const venues = useRelationTo(events, 'venue', 'venues')
  const event = relationId(useFormFields(([fields]) => fields.event?.value as Relation))
  const [venue, setVenue] = useState<Venue>()

  useEffect(() => {
    if (event === undefined || event === null) return
    let cancelled = false
    api<{ venue?: Id | null }>(`/${events}/${encodeURIComponent(String(event))}?depth=0&draft=true&locale=${locale}`)
      .then((found) => (found.venue == null ? undefined : api<Venue>(`/${venues}/${encodeURIComponent(String(found.venue))}?depth=0&locale=${locale}`)))
      .then((found) => {
        if (!cancelled) setVenue(found)
      })
      // without its venue the field is a plain text field, as before
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [api, event, events, locale, venues])

  const addRoom = useCallback(
    async (name: string) => {
      if (!venue) return
      const rooms = [...(venue.rooms ?? []), { name }]
      const { doc } = await api<{ doc: Venue }>(`/${venues}/${encodeURIComponent(String(venue.id))}?depth=0&locale=${locale}`, {
        body: { rooms },
        method: 'PATCH',
      })
      setVenue(doc)
    },
    [api, locale, venue, venues],
  )

  return { addRoom, venue: event === undefined || event === null ? undefined : venue }
}
