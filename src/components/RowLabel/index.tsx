'use client'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useDocumentInfo, useRowLabel, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import { useEffect, useState } from 'react'

type Bilingual = { de: string; en: string }
type Row = Record<string, unknown>

/** "Raum 03" as Payload would say it: the row's kind and its number, for a row not yet named. */
const numbered = (kind: Bilingual, rowNumber: number | undefined, i18n: Parameters<typeof getTranslation>[1]) =>
  `${getTranslation(kind, i18n)} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`

/**
 * An array row called by its content (a room by its name) instead of "Room 01", so an editor
 * finds the row without opening each. `field` is the row's text field; `kind` names a row
 * without one yet.
 */
export const NamedRowLabel = ({ field, kind }: { field: string; kind: Bilingual }) => {
  const { data, rowNumber } = useRowLabel<Row>()
  const { i18n } = useTranslation()
  const name = typeof data?.[field] === 'string' ? (data[field] as string).trim() : ''
  return <span className="row-label">{name || numbered(kind, rowNumber, i18n)}</span>
}

/** The fields of a field list, rows and collapsibles opened, as the form stores them. */
const flatten = (fields: ClientField[]): ClientField[] =>
  fields.flatMap((field) => ('fields' in field && !('name' in field) ? flatten(field.fields) : [field]))

/** The collection a relationship field of this document's array points to (it may be renamed). */
const useRelationTarget = (array: string, relation: string): string | undefined => {
  const { collectionSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const arrayField = flatten(getEntityConfig({ collectionSlug })?.fields ?? []).find(
    (field) => 'name' in field && field.name === array,
  )
  const target =
    arrayField && 'fields' in arrayField
      ? flatten(arrayField.fields).find((field) => 'name' in field && field.name === relation)
      : undefined
  return target && 'relationTo' in target && typeof target.relationTo === 'string' ? target.relationTo : undefined
}

/**
 * A row of people called by the person chosen in it ("Dr. Anna Beispiel") instead of "Person 01".
 * The row holds only the person's id, so the name is read from the API.
 */
export const RelationRowLabel = ({ array, kind, relation }: { array: string; kind: Bilingual; relation: string }) => {
  const { data, rowNumber } = useRowLabel<Row>()
  const { i18n } = useTranslation()
  const { config, getEntityConfig } = useConfig()
  const collection = useRelationTarget(array, relation)
  const value = data?.[relation]
  const id = value && typeof value === 'object' ? (value as { value?: unknown }).value : value
  // the name found for an id; a row whose person changes shows its number until the new name is in
  const [found, setFound] = useState<{ id: unknown; title?: string }>()

  useEffect(() => {
    if (!collection || (typeof id !== 'number' && typeof id !== 'string')) return
    const useAsTitle = getEntityConfig({ collectionSlug: collection })?.admin?.useAsTitle ?? 'id'
    let cancelled = false
    fetch(`${config.serverURL ?? ''}${config.routes.api}/${collection}/${encodeURIComponent(String(id))}?depth=0`, {
      credentials: 'include',
      headers: { 'Accept-Language': i18n.language },
    })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((doc: Row | undefined) => {
        if (!cancelled) setFound({ id, title: typeof doc?.[useAsTitle] === 'string' ? (doc[useAsTitle] as string) : undefined })
      })
      // without the name the row keeps its number, as Payload would show it
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [collection, config.routes.api, config.serverURL, getEntityConfig, i18n.language, id])

  const title = found && found.id === id ? found.title : undefined
  return <span className="row-label">{title || numbered(kind, rowNumber, i18n)}</span>
}
