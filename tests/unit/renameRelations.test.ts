import { describe, expect, it } from '@jest/globals'
import type { Field } from 'payload'

import { renameRelations } from '../../src/lib/renameRelations'
import { findField as find } from '../helpers/fields'

const slugs = { events: 'veranstaltungen', media: 'dateien' }

const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'event', type: 'relationship', relationTo: 'events' },
  { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
  { name: 'related', type: 'relationship', relationTo: ['events', 'speakers'] },
  { name: 'image', type: 'upload', relationTo: 'media' },
  { name: 'sessions', type: 'join', collection: 'events', on: 'venue' },
  { type: 'row', fields: [{ name: 'inRow', type: 'relationship', relationTo: 'events' }] },
  { name: 'group', type: 'group', fields: [{ name: 'inGroup', type: 'upload', relationTo: 'media' }] },
  { name: 'list', type: 'array', fields: [{ name: 'inArray', type: 'relationship', relationTo: 'events' }] },
  { type: 'collapsible', label: 'More', fields: [{ name: 'inCollapsible', type: 'upload', relationTo: 'media' }] },
  {
    type: 'tabs',
    tabs: [
      { label: 'One', fields: [{ name: 'inTab', type: 'relationship', relationTo: 'events' }] },
      { name: 'seo', fields: [{ name: 'inNamedTab', type: 'upload', relationTo: 'media' }] },
    ],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [{ slug: 'teaser', fields: [{ name: 'inBlock', type: 'relationship', relationTo: 'events' }] }],
  },
]

describe('renameRelations', () => {
  const renamed = renameRelations(fields, slugs)

  it('points relationship and upload fields at the renamed collections', () => {
    expect(find(renamed, 'event')?.relationTo).toBe('veranstaltungen')
    expect(find(renamed, 'image')?.relationTo).toBe('dateien')
  })

  it('renames each slug of a polymorphic relationship', () => {
    expect(find(renamed, 'related')?.relationTo).toEqual(['veranstaltungen', 'speakers'])
  })

  it('points join fields at the renamed collection', () => {
    expect(find(renamed, 'sessions')).toMatchObject({ collection: 'veranstaltungen', on: 'venue' })
  })

  it('leaves relations to collections that keep their slug alone', () => {
    expect(find(renamed, 'topics')).toMatchObject({ hasMany: true, relationTo: 'topics' })
  })

  it.each([
    ['inRow', 'veranstaltungen'],
    ['inGroup', 'dateien'],
    ['inArray', 'veranstaltungen'],
    ['inCollapsible', 'dateien'],
    ['inTab', 'veranstaltungen'],
    ['inNamedTab', 'dateien'],
    ['inBlock', 'veranstaltungen'],
  ])('renames at any depth (%s → %s)', (name, slug) => expect(find(renamed, name)?.relationTo).toBe(slug))

  it('keeps every other property of a field', () => {
    expect(find(renamed, 'title')).toEqual({ name: 'title', type: 'text' })
    expect(renamed).toHaveLength(fields.length)
  })

  it('does not change the fields it was given', () => {
    const before = JSON.stringify(fields)
    renameRelations(fields, slugs)
    expect(JSON.stringify(fields)).toBe(before)
    expect(find(fields, 'inBlock')?.relationTo).toBe('events')
  })
})
