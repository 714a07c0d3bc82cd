import { describe, expect, it } from '@jest/globals'
import type { DateField, Field } from 'payload'

import configPromise from '../../payload.config'

/** Every date field of a list of fields, with its path, inside rows, tabs, groups and arrays. */
const dateFields = (fields: Field[], prefix: string): [string, DateField][] =>
  fields.flatMap((field): [string, DateField][] => {
    const admin = field.admin as { disabled?: boolean; hidden?: boolean } | undefined
    if (('hidden' in field && field.hidden) || admin?.hidden || admin?.disabled) return []
    const path = 'name' in field ? `${prefix}.${field.name}` : prefix
    if (field.type === 'date') return [[path, field]]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFields(tab.fields, 'name' in tab ? `${path}.${tab.name}` : path))
    if ('fields' in field) return dateFields(field.fields, path)
    return []
  })

/**
 * Issue 16: the registration deadline read `01.09.2027` month first. Every date an editor types
 * reads day first on a 24-hour clock, in Berlin time, whichever field it is.
 */
describe('date fields in the admin', () => {
  it('all read and show dd.MM.yyyy HH:mm in Europe/Berlin', async () => {
    const config = await configPromise
    const found = config.collections.flatMap((collection) => dateFields(collection.fields, collection.slug))
    const settings = found
      // Payload's own: its jobs and the read-only timestamps (shown in admin.dateFormat)
      .filter(([path]) => !path.startsWith('payload-') && !/\.(createdAt|updatedAt)$/.test(path))
      .map(([path, field]) => {
        const zone = typeof field.timezone === 'object' ? field.timezone.defaultTimezone : field.timezone
        const date = field.admin?.date as { displayFormat?: string; timeFormat?: string } | undefined
        return [path, date?.displayFormat, date?.timeFormat, zone]
      })
    expect(settings.map(([path]) => path)).toEqual(expect.arrayContaining(['events.registration.deadline', 'events.previousStart', 'sessions.start']))
    for (const [path, ...rest] of settings) expect([path, ...rest]).toEqual([path, 'dd.MM.yyyy HH:mm', 'HH:mm', 'Europe/Berlin'])
  })

  it('and so do scheduled publication and the lists', async () => {
    const config = await configPromise
    for (const slug of ['events', 'sessions']) {
      const drafts = config.collections.find((collection) => collection.slug === slug)?.versions?.drafts
      expect(drafts && typeof drafts.schedulePublish === 'object' && drafts.schedulePublish.timeFormat).toBe('HH:mm')
    }
    expect(config.admin.dateFormat).toBe('dd.MM.yyyy HH:mm')
    expect(config.admin.timezones.defaultTimezone).toBe('Europe/Berlin')
  })
})
