'use client'

import { Button, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { findPlace } from '../../lib/search/gazetteer'
import { type ProgrammKey, translate } from '../../translations'
import { MapPick, type MapPickTiles } from '../MapPick'
import { useSetCoordinates } from '../useSetCoordinates'

/**
 * Fills in latitude and longitude from the venue's city, from the plugin's own list of German
 * cities: no request leaves the site. It gives the city's centre, and says so. When the site
 * gave the plugin map tiles, a map pick stands beside it.
 */
export const CoordinatesFromAddress = ({ tiles }: { tiles?: MapPickTiles }) => {
  const { i18n } = useTranslation()
  const t = (key: ProgrammKey, values?: Record<string, string>) => translate(i18n, key, values)
  const city = useFormFields(([fields]) => fields['address.city']?.value as string | undefined)?.trim() ?? ''
  const setCoordinates = useSetCoordinates()
  const [status, setStatus] = useState<string>()

  const fill = () => {
    if (!city) return setStatus(t('coordinatesNeedCity'))
    const place = findPlace(city)
    if (!place) return setStatus(t('coordinatesUnknown', { city }))
    setCoordinates(place.lat, place.lng)
    setStatus(t('coordinatesSet', { city: place.name }))
  }

  return (
    <div style={{ alignItems: 'flex-start', display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', marginBottom: 'var(--base)' }}>
      <div>
        <Button buttonStyle="secondary" margin={false} onClick={fill} size="small">
          {t('coordinatesFromAddress')}
        </Button>
        <p aria-live="polite" className="field-description">
          {status}
        </p>
      </div>
      {tiles && <MapPick tiles={tiles} />}
    </div>
  )
}
