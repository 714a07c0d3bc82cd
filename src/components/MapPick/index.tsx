'use client'

import { Button, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useRef, useState } from 'react'

import { type ProgrammKey, translate } from '../../translations'
import { useSetCoordinates } from '../useSetCoordinates'
import { startView } from './startView'

export type MapPickTiles = { url: string; attribution: string; host: string }

type State = 'idle' | 'loading' | 'shown' | 'failed'

/**
 * A map on which the editor picks the venue's coordinates. Until the button is pressed nothing is
 * loaded from the tile server (the editor's IP address would reach it), and Leaflet itself is
 * fetched only then. Latitude and longitude stay editable above: the map is a help, not the way.
 */
export const MapPick = ({ tiles }: { tiles: MapPickTiles }) => {
  const { i18n } = useTranslation()
  const t = (key: ProgrammKey, values?: Record<string, string>) => translate(i18n, key, values)
  const latitude = useFormFields(([fields]) => fields.latitude?.value)
  const longitude = useFormFields(([fields]) => fields.longitude?.value)
  const city = useFormFields(([fields]) => fields['address.city']?.value as string | undefined)?.trim() ?? ''
  const setCoordinates = useSetCoordinates()
  const [state, setState] = useState<State>('idle')
  const [picked, setPicked] = useState<string>()
  const container = useRef<HTMLDivElement>(null)
  const remove = useRef<(() => void) | undefined>(undefined)
  const id = useId()

  useEffect(() => () => remove.current?.(), [])

  const decimal = (degrees: number) => degrees.toLocaleString(i18n.language, { maximumFractionDigits: 6, useGrouping: false })

  const show = async () => {
    setState('loading')
    try {
      const { showPickMap } = await import('./pickMap')
      if (!container.current) return
      remove.current = showPickMap(container.current, {
        onPick: (lat, lng) => {
          setCoordinates(lat, lng)
          setPicked(t('mapPickSet', { lat: decimal(lat), lng: decimal(lng) }))
        },
        text: { marker: t('mapPickMarker'), zoomIn: t('mapPickZoomIn'), zoomOut: t('mapPickZoomOut') },
        tiles,
        view: startView(latitude, longitude, city),
      })
      setState('shown')
      container.current.focus()
    } catch {
      setState('failed')
    }
  }

  return (
    <div style={{ flex: '1 1 20rem' }}>
      {state === 'shown' ? (
        <p className="field-description" id={`${id}-help`}>
          {t('mapPickHelp')}
        </p>
      ) : (
        <>
          <Button
            buttonStyle="secondary"
            disabled={state === 'loading'} extraButtonProps={{ 'aria-describedby': `${id}-privacy` }}
            margin={false}
            onClick={show}
            size="small"
          >
            {t('mapPickShow')}
          </Button>
          <p className="field-description" id={`${id}-privacy`}>
            {t('mapPickPrivacy', { host: tiles.host })}
          </p>
        </>
      )}
      <p aria-live="polite" className="field-description" role="status">
        {state === 'loading' ? t('mapPickLoading') : state === 'failed' ? t('mapPickFailed') : picked}
      </p>
      <div
        aria-describedby={state === 'shown' ? `${id}-help` : undefined}
        aria-label={t('mapPickLabel')}
        hidden={state === 'idle' || state === 'failed'}
        ref={container}
        role="region"
        style={{ height: '20rem', width: '100%' }}
      />
    </div>
  )
}
