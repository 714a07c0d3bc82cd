'use client'

import { TextInput, useField, useTranslation } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { type ComponentProps, useCallback, useState } from 'react'

import { parseDecimal } from '../../lib/decimal'

/** A coordinate as the admin's language writes it: 50,9375 in German, 50.9375 in English. */
const formatted = (value: unknown, language: string): string =>
  typeof value === 'number' ? (language === 'en' ? String(value) : String(value).replace('.', ',')) : typeof value === 'string' ? value : ''

/**
 * Latitude or longitude typed as text: a decimal comma is a decimal comma (50,9484 is not
 * 509484, as in a number input). What is no number goes to the server as typed, which names
 * the field in its refusal.
 */
export const CoordinateField: NumberFieldClientComponent = ({ field, path: pathFromProps, readOnly, validate }) => {
  const { i18n } = useTranslation()
  const memoizedValidate = useCallback(
    (value: unknown, options: Record<string, unknown>) =>
      typeof validate === 'function' ? validate(value as number, { ...options, max: field.max, min: field.min, required: field.required } as never) : true,
    [field.max, field.min, field.required, validate],
  )
  const { disabled, path, setValue, showError, value } = useField<number | string>({ potentiallyStalePath: pathFromProps, validate: memoizedValidate })
  const [typed, setTyped] = useState<string>()
  // what the editor typed while it still means the stored value; else the value (set elsewhere, e.g. from the address)
  const shown = typed !== undefined && (parseDecimal(typed) ?? typed) === value ? typed : formatted(value, i18n.language)

  return (
    <TextInput
      description={field.admin?.description}
      htmlAttributes={{ autoComplete: 'off', inputMode: 'decimal' } as ComponentProps<typeof TextInput>['htmlAttributes']}
      label={field.label}
      localized={field.localized}
      onChange={(change: React.ChangeEvent<HTMLInputElement>) => {
        const text = change.target.value
        setTyped(text)
        setValue(text.trim() === '' ? null : (parseDecimal(text) ?? text))
      }}
      path={path}
      readOnly={readOnly || disabled}
      required={field.required}
      showError={showError}
      value={shown}
    />
  )
}
