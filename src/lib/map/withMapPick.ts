import type { Field } from 'payload'

import type { MapTilesOption } from '../../types'
import { tileHost } from './tileHost'

/** The venue's buttons beside its coordinates, in collections/Venues. */
const buttonsField = 'coordinatesFromAddress'

/**
 * The venue's fields with the site's tiles handed to the buttons beside the coordinates, which
 * then offer a map pick as well; the host goes along to be named before the map loads.
 */
export const withMapPick = (fields: Field[], { attribution, url }: MapTilesOption): Field[] =>
  fields.map((field) =>
    field.type === 'ui' && field.name === buttonsField
      ? {
          ...field,
          admin: {
            ...field.admin,
            components: {
              ...field.admin?.components,
              Field: { path: '@difu/programm/client#CoordinatesFromAddress', clientProps: { tiles: { attribution, host: tileHost(url), url } } },
            },
          },
        }
      : field,
  )
