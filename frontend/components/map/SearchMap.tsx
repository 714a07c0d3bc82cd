'use client'

import { useEffect, useRef, useState, useSyncExternalStore } from 'react'

import type { MapProps } from './types'

type State = 'idle' | 'loading' | 'shown' | 'failed'

const noSubscription = () => () => undefined

/**
 * The map of the search results: the site's only client component. Until the visitor presses the
 * button nothing is loaded from the tile server (their IP address would reach it: GDPR), and
 * Leaflet itself is fetched only then (a dynamic import). Without JavaScript nothing of it shows;
 * the server-rendered list holds every result.
 */
export const SearchMap = (props: MapProps) => {
  const { text } = props
  // false while rendering on the server and hydrating; true once this code runs in the browser
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false)
  const [state, setState] = useState<State>('idle')
  const container = useRef<HTMLDivElement>(null)
  const remove = useRef<(() => void) | undefined>(undefined)

  useEffect(() => () => remove.current?.(), [])

  const show = async () => {
    setState('loading')
    try {
      const { showMap } = await import('./leafletMap')
      if (!container.current) return
      remove.current = await showMap(container.current, props)
      setState('shown')
      container.current.focus()
    } catch {
      setState('failed')
    }
  }

  if (!scripted) return null
  return (
    <div className="search-map">
      {state === 'shown' ? (
        <p className="search-map__help" id="search-map-help">
          {text.help}
        </p>
      ) : (
        <>
          <button aria-describedby="search-map-privacy" className="button search-map__button" disabled={state === 'loading'} onClick={show} type="button">
            {text.showMap}
          </button>
          <p className="search-map__privacy" id="search-map-privacy">
            {text.privacy}
          </p>
        </>
      )}
      <p aria-live="polite" className="search-map__status" role="status">
        {state === 'loading' ? text.loading : state === 'failed' ? text.failed : ''}
      </p>
      <div
        aria-describedby={state === 'shown' ? 'search-map-help' : undefined}
        aria-label={text.label}
        className="search-map__canvas"
        hidden={state === 'idle' || state === 'failed'}
        ref={container}
        role="region"
      />
    </div>
  )
}
