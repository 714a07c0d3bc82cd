import { describe, expect, it } from '@jest/globals'
import type { UIField } from 'payload'

import { startView } from '../../src/components/MapPick/startView'
import { findField } from '../helpers/fields'
import { applyPlugin, collectionOf } from '../helpers/pluginConfig'

const buttons = (options: Parameters<typeof applyPlugin>[0]) =>
  (findField(collectionOf(applyPlugin(options), 'venues').fields, 'coordinatesFromAddress') as UIField | undefined)?.admin?.components?.Field

describe('the map pick of a venue', () => {
  it('is offered only when the site gives the plugin map tiles, with the host to name', () => {
    expect(buttons({})).toBe('@difu/programm/client#CoordinatesFromAddress')
    const tiles = { attribution: '&copy; Beispiel', url: 'https://tiles.example.org/{z}/{x}/{y}.png' }
    expect(buttons({ mapTiles: tiles })).toEqual({
      clientProps: { tiles: { ...tiles, host: 'tiles.example.org' } },
      path: '@difu/programm/client#CoordinatesFromAddress',
    })
    expect(buttons({ mapTiles: { ...tiles, url: 'http://127.0.0.1:4567/{z}/{x}/{y}.png' } })).toMatchObject({ clientProps: { tiles: { host: '127.0.0.1:4567' } } })
  })

  it('opens on the venue’s coordinates, else on its city, else on Germany', () => {
    expect(startView(50.7374, 7.0982, 'Bonn')).toEqual({ center: [50.7374, 7.0982], zoom: 16 })
    expect(startView(null, undefined, 'Köln')).toMatchObject({ zoom: 12 })
    expect(startView(null, undefined, 'Köln').center[0]).toBeCloseTo(50.94, 1)
    expect(startView('50,7', 7, 'Atlantis')).toEqual({ center: [51.16, 10.45], zoom: 5 })
    expect(startView(95, 7, '')).toEqual({ center: [51.16, 10.45], zoom: 5 })
  })
})
