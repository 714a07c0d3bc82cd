import { describe, expect, it } from '@jest/globals'
import type { Field, SanitizedCollectionConfig } from 'payload'

import configPromise from '../../payload.config'
import type { Texts } from '../../src/translations'
import { i18nIn } from '../helpers/i18n'

/**
 * The admin panel speaks German and English: every label an editor sees must exist in both.
 * A label given as a function (Payload's own, or the collections' `collectionLabels`) is asked
 * in both languages.
 */
let languages: Texts[]

const isBilingual = (text: unknown): boolean => {
  if (typeof text === 'function') {
    return languages.every((i18n) => {
      const label: unknown = text({ i18n, t: i18n.t })
      return typeof label === 'string' && label.trim() !== ''
    })
  }
  if (!text || typeof text !== 'object') return false
  const { de, en } = text as Record<string, unknown>
  return typeof de === 'string' && de.trim() !== '' && typeof en === 'string' && en.trim() !== ''
}

type Problem = string

/** Hidden fields, fields the admin leaves out (`disabled`) and UI-only components show no label. */
const isVisible = (field: Field): boolean =>
  field.type !== 'ui' && !('hidden' in field && field.hidden) && !field.admin?.hidden && !field.admin?.disabled

/** Everything shown about one field: its label, its description and, for selects, its options. */
const problemsOfField = (field: Field, where: string): Problem[] => {
  const problems: Problem[] = []
  const labelled = 'name' in field || field.type === 'collapsible'
  if (labelled && !isBilingual('label' in field ? field.label : undefined)) problems.push(`${where}: label`)
  const description = field.admin && 'description' in field.admin ? field.admin.description : undefined
  if (description !== undefined && !isBilingual(description)) problems.push(`${where}: description`)
  if (field.type === 'select' || field.type === 'radio') {
    for (const option of field.options) {
      const label = typeof option === 'string' ? undefined : option.label
      if (!isBilingual(label)) problems.push(`${where}: option ${typeof option === 'string' ? option : option.value}`)
    }
  }
  return problems
}

/** Walks the fields as the edit view shows them: through rows, groups, collapsibles, tabs and arrays. */
const labelProblems = (fields: Field[], path: string): Problem[] =>
  fields.filter(isVisible).flatMap((field) => {
    const where = 'name' in field ? `${path}.${field.name}` : `${path} (${field.type})`
    const nested =
      field.type === 'tabs'
        ? field.tabs.flatMap((tab) => [
            ...(isBilingual(tab.label) ? [] : [`${where}: tab ${'name' in tab ? tab.name : ''} label`]),
            ...labelProblems(tab.fields, 'name' in tab && tab.name ? `${path}.${tab.name}` : path),
          ])
        : 'fields' in field
          ? labelProblems(field.fields, 'name' in field ? where : path)
          : []
    return [...problemsOfField(field, where), ...nested]
  })

let collections: SanitizedCollectionConfig[]

describe('admin labels', () => {
  it('loads the site config with every collection', async () => {
    languages = [await i18nIn('de'), await i18nIn('en')]
    collections = (await configPromise).collections.filter(({ slug }) => !slug.startsWith('payload-'))
    expect(collections.map(({ slug }) => slug).sort()).toEqual(
      ['events', 'feedback-messages', 'media', 'organisations', 'pages', 'sessions', 'speakers', 'topics', 'users', 'venues'].sort(),
    )
  })

  it('names every collection in German and English, singular and plural', () => {
    const unlabelled = collections
      .filter(({ labels }) => !isBilingual(labels.singular) || !isBilingual(labels.plural))
      .map(({ slug }) => slug)
    expect(unlabelled).toEqual([])
  })

  it('labels every visible field, description and option in German and English', () => {
    expect(collections.flatMap(({ fields, slug }) => labelProblems(fields, slug))).toEqual([])
  })

  it('gives every collection a title field for its documents', () => {
    const untitled = collections.filter(({ admin }) => !admin.useAsTitle || admin.useAsTitle === 'id')
    expect(untitled.map(({ slug }) => slug)).toEqual([])
  })
})
