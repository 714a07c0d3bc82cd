'use client'

import { Button, TextInput, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { type ComponentProps, useCallback, useId, useState } from 'react'

import { normalRoom, sameRoom } from '../../lib/conflicts/rooms'
import { type ProgrammKey, translate } from '../../translations'
import { useVenue } from './useVenue'

/**
 * The session's room, chosen from its venue's rooms (a list under the field as one types), with a
 * button to add a room the venue does not list yet. The server stores the venue's spelling.
 */
export const RoomField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly, validate }) => {
  const { collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = (key: ProgrammKey, values?: Record<string, string>) => translate(i18n, key, values)
  const listId = useId()
  const memoizedValidate = useCallback(
    (value: unknown, options: Record<string, unknown>) =>
      typeof validate === 'function' ? validate(value as string, { ...options, required: field.required } as never) : true,
    [field.required, validate],
  )
  const { disabled, path, setValue, showError, value } = useField<string>({ potentiallyStalePath: pathFromProps, validate: memoizedValidate })
  const { addRoom, venue } = useVenue(collectionSlug ?? 'sessions')
  const [status, setStatus] = useState<string>()

  const rooms = (venue?.rooms ?? []).map((room) => room.name ?? '').filter(Boolean)
  const typed = normalRoom(value)
  const unknown = venue && typed && !rooms.some((room) => sameRoom(room, typed))
  const venueName = venue?.name ?? ''

  const add = () =>
    addRoom(typed)
      .then(() => setStatus(t('roomAdded', { room: typed, venue: venueName })))
      .catch(() => setStatus(t('roomAddFailed')))

  return (
    <TextInput
      AfterInput={
        <div className="room-field__venue">
          <datalist id={listId}>
            {rooms.map((room) => (
              <option key={room} value={room} />
            ))}
          </datalist>
          {venue ? (
            <p className="field-description">
              {rooms.length ? t('roomsOfVenue', { rooms: rooms.join(', '), venue: venueName }) : t('roomsNone', { venue: venueName })}
            </p>
          ) : null}
          {unknown ? (
            <div>
              <p className="field-description">{t('roomUnknown', { room: typed, venue: venueName })}</p>
              <Button buttonStyle="secondary" disabled={readOnly || disabled} margin={false} onClick={add} size="small">
                {t('roomAdd', { room: typed, venue: venueName })}
              </Button>
            </div>
          ) : null}
          <p aria-live="polite" className="field-description">
            {status}
          </p>
        </div>
      }
      // TextInput passes every attribute on to the input, though its type names autoComplete only
      htmlAttributes={{ autoComplete: 'off', list: listId } as ComponentProps<typeof TextInput>['htmlAttributes']}
      label={field.label}
      localized={field.localized}
      onChange={(change: React.ChangeEvent<HTMLInputElement>) => {
        setStatus(undefined)
        setValue(change.target.value)
      }}
      path={path}
      readOnly={readOnly || disabled}
      required={field.required}
      showError={showError}
      value={value ?? ''}
    />
  )
}
