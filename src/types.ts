import type { CollectionConfig, Field, LocalizationConfig, PayloadRequest } from 'payload'

/** The collections the plugin adds, by their default slug. */
export type EventsCollection = 'events' | 'media' | 'organisations' | 'sessions' | 'speakers' | 'topics' | 'venues'

export type CollectionOverride = Partial<Omit<CollectionConfig, 'fields' | 'slug'>> & {
  /** Receives the plugin's fields and returns the fields to use, as in Payload's official plugins. */
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

export type RevalidateArgs = {
  /** The plugin's name for the collection, whatever slug it was given. */
  collection: EventsCollection
  doc: Record<string, unknown>
  previousDoc?: Record<string, unknown>
  operation: 'change' | 'delete'
  req: PayloadRequest
}

export type EventsPluginConfig = {
  /**
   * `false` keeps the collections (so the database schema stays stable) but hides them in the
   * admin panel and adds no endpoints or revalidation hooks.
   */
  enabled?: boolean
  /** Rename any collection, e.g. `{ events: 'veranstaltungen' }`; relationships follow. */
  slugs?: Partial<Record<EventsCollection, string>>
  /** Per-collection changes: admin, access, hooks (appended to the plugin's), fields. */
  overrides?: Partial<Record<EventsCollection, CollectionOverride>>
  /** Used only when the incoming config has no localization of its own. Default: de (default), en. */
  localization?: LocalizationConfig
  /**
   * Called after a document is published, changed or deleted, so the site can refresh the pages
   * that show it. Skipped when `req.context.disableRevalidate` is set (seeds, tests).
   */
  revalidate?: (args: RevalidateArgs) => Promise<void> | void
  /**
   * The absolute address of a document's public page, for the links the exports carry back to the
   * site (iCalendar URL, frab schedule, feeds). The plugin knows no pages; without this, exports
   * carry no page links.
   */
  pageUrl?: (args: PageUrlArgs) => string | undefined
  /**
   * The address at which the site shows a document's draft to signed-in editors, for the admin
   * panel's preview button and live preview of events, sessions and speakers. The plugin knows no
   * pages; without this, the admin panel offers no preview.
   */
  preview?: (args: PreviewArgs) => Promise<string | null> | string | null
}

export type PreviewArgs = {
  collection: Extract<EventsCollection, 'events' | 'sessions' | 'speakers'>
  doc: Record<string, unknown>
  locale: string
  req: PayloadRequest
}

export type PageUrlArgs = {
  collection: Extract<EventsCollection, 'events' | 'speakers' | 'venues'>
  slug: string
  locale: string
}
