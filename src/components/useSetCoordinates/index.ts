'use client'

import { useForm, useFormFields } from '@payloadcms/ui'
import { useCallback } from 'react'

/**
 * Sets a venue's latitude and longitude from outside their fields (the city's centre, a map
 * pick), and marks the form changed: Payload enables "Save" on a saved document only then.
 */
export const useSetCoordinates = (): ((lat: number, lng: number) => void) => {
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const { setModified } = useForm()
  return useCallback(
    (lat: number, lng: number) => {
      dispatch({ type: 'UPDATE', path: 'latitude', value: lat })
      dispatch({ type: 'UPDATE', path: 'longitude', value: lng })
      setModified(true)
    },
    [dispatch, setModified],
  )
}
