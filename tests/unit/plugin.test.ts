import { describe, expect, it, jest } from '@jest/globals'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Field, LocalizationConfig } from 'payload'

import { setName } from '../../collections/Speakers/hooks/setName'
import { type PreviewArgs } from '../../src'
import { programmTranslations } from '../../src/translations'
import { navGroups } from '../../src/lib/navGroups'
import { findField } from '../helpers/fields'
import { applyPlugin, collectionOf, pluginCollections, siteConfig } from '../helpers/pluginConfig'

const slugsOf = (config: ReturnType<typeof applyPlugin>) => config.collections?.map(({ slug }) => slug)

describe('eventsPlugin', () => {
  it('appends its 7 collections after the site’s own', () => {
    const site = siteConfig()
    const result = applyPlugin({}, site)
    expect(slugsOf(result)).toEqual(['users', ...pluginCollections])
    expect(result.collections?.[0]).toBe(site.collections?.[0])
  })

  it('returns a new config and leaves the incoming one as it was', () => {
    const site = siteConfig({ admin: { user: 'users' } })
    const before = JSON.stringify(site)
    Object.freeze(site)
    Object.freeze(site.collections)
    const result = applyPlugin({ slugs: { events: 'veranstaltungen' } }, site)
    expect(result).not.toBe(site)
    expect(JSON.stringify(site)).toBe(before)
    expect(site.collections).toHaveLength(1)
  })

  it('is not affected by an earlier call with other options', () => {
    applyPlugin({ enabled: false, slugs: { events: 'veranstaltungen' } })
    const result = applyPlugin()
    expect(findField(collectionOf(result, 'sessions').fields, 'event')?.relationTo).toBe('events')
    expect(collectionOf(result, 'events').admin?.hidden).toBeUndefined()
  })

  describe('slugs', () => {
    const result = applyPlugin({ slugs: { events: 'veranstaltungen', speakers: 'personen' } })

    it('registers the collections under the new slugs', () => {
      expect(slugsOf(result)).toEqual(
        expect.arrayContaining(['veranstaltungen', 'personen', 'sessions', 'venues', 'topics']),
      )
      expect(slugsOf(result)).not.toContain('events')
      expect(slugsOf(result)).not.toContain('speakers')
    })

    it('remembers which plugin collection a renamed slug stands for', () => {
      expect(collectionOf(result, 'veranstaltungen').custom?.eventsCollection).toBe('events')
    })

    it('points relationships and joins at the renamed collections', () => {
      const sessions = collectionOf(result, 'sessions').fields
      expect(findField(sessions, 'event')?.relationTo).toBe('veranstaltungen')
      expect(findField(sessions, 'speaker')?.relationTo).toBe('personen')
      expect(findField(collectionOf(result, 'venues').fields, 'events')?.collection).toBe('veranstaltungen')
      expect(findField(collectionOf(result, 'topics').fields, 'events')?.collection).toBe('veranstaltungen')
      expect(findField(collectionOf(result, 'personen').fields, 'sessions')?.collection).toBe('sessions')
    })
  })

  describe('overrides', () => {
    it('merges admin options into the plugin’s', () => {
      const result = applyPlugin({ overrides: { speakers: { admin: { group: 'Programm' } } } })
      expect(collectionOf(result, 'speakers').admin).toMatchObject({ group: 'Programm', useAsTitle: 'name' })
      expect(collectionOf(result, 'events').admin?.group).toEqual(navGroups.programme)
    })

    it('lets a site change the fields, starting from the plugin’s (with relationships renamed)', () => {
      const orcid: Field = { name: 'orcid', type: 'text' }
      const fields = jest.fn(({ defaultFields }: { defaultFields: Field[] }) => [...defaultFields, orcid])
      const result = applyPlugin({ overrides: { speakers: { fields } }, slugs: { organisations: 'partner' } })
      const speakerFields = collectionOf(result, 'speakers').fields
      expect(fields).toHaveBeenCalledTimes(1)
      // the site's field, with the plugin's check of its values (src/fields/strictValues)
      expect(findField(speakerFields, 'orcid')).toMatchObject({ ...orcid, validate: expect.any(Function) })
      expect(findField(speakerFields, 'familyName')).toBeDefined()
      expect(findField(speakerFields, 'organisation')?.relationTo).toBe('partner')
    })

    it('can drop plugin fields', () => {
      const result = applyPlugin({
        overrides: {
          topics: {
            fields: ({ defaultFields }) =>
              defaultFields.filter((field) => !('name' in field) || field.name !== 'description'),
          },
        },
      })
      expect(findField(collectionOf(result, 'topics').fields, 'description')).toBeUndefined()
      expect(findField(collectionOf(result, 'topics').fields, 'name')).toBeDefined()
    })

    it('runs the site’s hooks after the plugin’s own', () => {
      const beforeChange: CollectionBeforeChangeHook = ({ data }) => data
      const afterChange: CollectionAfterChangeHook = ({ doc }) => doc
      const revalidate = jest.fn(async () => undefined)
      const result = applyPlugin({
        overrides: { speakers: { hooks: { afterChange: [afterChange], beforeChange: [beforeChange] } } },
        revalidate,
      })
      const hooks = collectionOf(result, 'speakers').hooks
      expect(hooks?.beforeChange).toHaveLength(2)
      expect(hooks?.beforeChange?.[0]).toBe(setName)
      expect(hooks?.beforeChange?.[1]).toBe(beforeChange)
      expect(hooks?.afterChange).toHaveLength(2)
      expect(hooks?.afterChange?.[1]).toBe(afterChange)
    })

    it('applies to the named collection only', () => {
      const result = applyPlugin({ overrides: { topics: { admin: { hidden: true } } } })
      expect(collectionOf(result, 'topics').admin?.hidden).toBe(true)
      expect(collectionOf(result, 'venues').admin?.hidden).toBeUndefined()
    })
  })

  describe('enabled: false', () => {
    const revalidate = jest.fn(async () => undefined)
    const result = applyPlugin({ enabled: false, revalidate })

    it('still registers all 7 collections, so the database schema stays', () => {
      expect(slugsOf(result)).toEqual(['users', ...pluginCollections])
    })

    it('hides them in the admin panel', () => {
      for (const slug of pluginCollections) expect(collectionOf(result, slug).admin?.hidden).toBe(true)
    })

    it('adds no revalidation hooks', () => {
      expect(collectionOf(result, 'events').hooks?.afterChange ?? []).toHaveLength(0)
      expect(collectionOf(result, 'events').hooks?.afterDelete ?? []).toHaveLength(0)
    })
  })

  describe('revalidate', () => {
    it('adds change and delete hooks to every plugin collection', () => {
      const result = applyPlugin({ revalidate: async () => undefined })
      for (const slug of pluginCollections) {
        expect(collectionOf(result, slug).hooks?.afterChange).toHaveLength(1)
        expect(collectionOf(result, slug).hooks?.afterDelete).toHaveLength(1)
      }
      expect(collectionOf(result, 'users').hooks).toBeUndefined()
    })
  })

  describe('localization', () => {
    it('keeps the site’s own localization', () => {
      const localization: LocalizationConfig = {
        defaultLocale: 'en',
        locales: [
          { code: 'en', label: 'English' },
          { code: 'fr', label: 'Français' },
        ],
      }
      expect(applyPlugin({}, siteConfig({ localization })).localization).toBe(localization)
    })

    it('refuses a site without localization, saying what to set', () => {
      expect(() => applyPlugin({}, siteConfig({ localization: false }))).toThrow(/no `localization`/)
    })
  })

  describe('translations', () => {
    it('adds its texts under programm: and keeps every text of the site', () => {
      const translations = { de: { general: { save: 'Sichern' }, programm: { csvRun: 'Einlesen' } }, fr: { site: { hello: 'Bonjour' } } }
      const result = applyPlugin({}, siteConfig({ i18n: { fallbackLanguage: 'de', translations } }))
      expect(result.i18n?.fallbackLanguage).toBe('de')
      expect(result.i18n?.translations).toEqual({
        de: { general: { save: 'Sichern' }, programm: { ...programmTranslations.de.programm, csvRun: 'Einlesen' } },
        en: programmTranslations.en,
        fr: { site: { hello: 'Bonjour' } },
      })
    })
  })

  describe('preview', () => {
    const preview = jest.fn((_args: PreviewArgs) => '/preview?path=/x')
    const result = applyPlugin({ preview })

    it('gives events, sessions and speakers a preview button and live preview asking the site', async () => {
      const admin = collectionOf(result, 'sessions').admin
      expect(await admin?.preview?.({ slug: 's' }, { locale: 'en', req: {} as never, token: null })).toBe('/preview?path=/x')
      expect(preview).toHaveBeenCalledWith(expect.objectContaining({ collection: 'sessions', doc: { slug: 's' }, locale: 'en' }))
      for (const name of ['events', 'speakers']) {
        expect(collectionOf(result, name).admin?.livePreview?.url).toEqual(expect.any(Function))
      }
    })

    it('gives none to collections without pages, nor when the site passes no preview', () => {
      expect(collectionOf(result, 'venues').admin?.preview).toBeUndefined()
      expect(collectionOf(applyPlugin(), 'events').admin?.preview).toBeUndefined()
    })
  })
})
