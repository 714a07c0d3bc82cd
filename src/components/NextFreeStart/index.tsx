'use client'

import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { nextFreeStart } from '../../lib/nextFreeStart'
import { type Relation, relationId } from '../../lib/relationId'
import { translate } from '../../translations'

const getJson = async (url: string) => {
  const response = await fetch(url, { credentials: 'include' })
  if (!response.ok) throw new Error(`${response.status} ${url}`)
  return response.json()
}

/**
 * On a new session, fills in the start with the next free time of its event, so an editor adding
 * the programme item by item rarely has to type a time. An existing session is left alone.
 */
export const NextFreeStart = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const event = relationId(useFormFields(([fields]) => fields.event?.value as Relation))
  const start = useFormFields(([fields]) => fields.start?.value)
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const [suggested, setSuggested] = useState(false)

  const eventField = getEntityConfig({ collectionSlug })?.fields.find(
    (field) => 'name' in field && field.name === 'event',
  )
  const events = eventField && 'relationTo' in eventField ? String(eventField.relationTo) : 'events'

  useEffect(() => {
    if (id || start || event === undefined || event === null) return
    let cancelled = false
    const api = `${config.serverURL ?? ''}${config.routes.api}`
    const query = `where[event][equals]=${encodeURIComponent(String(event))}&sort=-end&limit=1&depth=0&draft=true`
    Promise.all([
      getJson(`${api}/${events}/${encodeURIComponent(String(event))}?depth=0&draft=true`),
      getJson(`${api}/${collectionSlug}?${query}`),
    ])
      .then(([found, latest]) => {
        if (cancelled) return
        dispatch({ type: 'UPDATE', path: 'start', value: nextFreeStart(found, latest.docs) })
        setSuggested(true)
      })
      // no suggestion then: the editor types the start as usual
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [collectionSlug, config.routes.api, config.serverURL, dispatch, event, events, id, start])

  return suggested ? <p className="field-description">{translate(i18n, 'nextFreeStartHint')}</p> : null
}
