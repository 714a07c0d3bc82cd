import { type CollectionBeforeOperationHook, type NumberField, type PayloadRequest, validations } from 'payload'

import { parseDecimal } from '../lib/decimal'
import { translate } from '../translations'

type Name = 'latitude' | 'longitude'
const names: Name[] = ['latitude', 'longitude']

/** The coordinates of this save that were sent as text but are no decimal number. */
const notDecimal = (req: PayloadRequest): Set<string> =>
  ((req.context.coordinatesNotDecimal as Set<string> | undefined) ??= new Set<string>())

/**
 * Coordinates sent as text ("50,9484" from a German form, an API client or a CSV) become their
 * number before Payload reads them itself: its parseFloat would make "50,9484" 50 and
 * "50.948,4" 50.948 without a word. Text that is no decimal number is marked for the field's
 * validation to refuse.
 */
export const decimalCoordinates: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data || typeof data !== 'object') return args
  const changes: Record<string, number | null> = {}
  for (const name of names) {
    const value = data[name]
    if (typeof value !== 'string') continue
    const parsed = value.trim() === '' ? null : parseDecimal(value)
    if (parsed === undefined) notDecimal(req).add(name)
    else changes[name] = parsed
  }
  return { ...args, data: { ...data, ...changes } }
}

/**
 * Latitude or longitude of a venue: an indexed number (the map search needs it on every
 * adapter), typed with a decimal comma or point, with the hint saying so. Needs the collection
 * hook `decimalCoordinates`.
 */
export const coordinate = (name: Name, label: { de: string; en: string }): NumberField => {
  const limit = name === 'latitude' ? 90 : 180
  return {
    name,
    type: 'number',
    required: true,
    index: true,
    min: -limit,
    max: limit,
    label,
    validate: (value, options) =>
      notDecimal(options.req).has(name) ? translate(options.req, 'notDecimal') : validations.number(value, options),
    admin: {
      components: { Field: '@difu/programm/client#CoordinateField' },
      description: {
        de: `Dezimalgrad von −${limit} bis ${limit}, mit Komma oder Punkt, z. B. ${name === 'latitude' ? '50,9375' : '6,9603'}`,
        en: `Decimal degrees from −${limit} to ${limit}, with a point or comma, e.g. ${name === 'latitude' ? '50.9375' : '6.9603'}`,
      },
    },
  }
}
