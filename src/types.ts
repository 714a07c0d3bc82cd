import type { CollectionConfig, Field, PayloadRequest } from 'payload'

/**
 * A document's id: a number on SQL databases with serial ids, a string with uuid ids and on
 * MongoDB. The plugin never assumes which.
 */
export type Id = number | string

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
  /**
   * The site's own words: feed and calendar titles, the iCalendar product id, the listing prefix.
   * Every text is neutral unless set; Difu's are in payload.config.ts.
   */
  site?: SiteOptions
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
  /**
   * The raster tiles of a map on which editors pick a venue's coordinates, e.g. the site's own map
   * tiles. Without them the venue offers no map, and the admin contacts no tile server. The
   * site's Content-Security-Policy must let the admin load images from the tiles' host.
   */
  mapTiles?: MapTilesOption
}

export type MapTilesOption = {
  /** A Leaflet URL template, e.g. `https://tile.openstreetmap.org/{z}/{x}/{y}.png`. */
  url: string
  /** The tiles' attribution as HTML, shown on the map. */
  attribution: string
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

/** A text per content locale (`{ de: '…', en: '…' }`); a plain string serves every locale. */
export type LocalizedText = Record<string, string> | string

export type SiteOptions = {
  /** Who publishes the events, e.g. "Deutsches Institut für Urbanistik": the feeds' copyright. Default: none. */
  name?: string
  /** Title of the upcoming-events feeds (RSS, Atom) and calendar. Default: "Veranstaltungen" / "Events". */
  feedTitle?: LocalizedText
  /** Description of the upcoming-events feeds. Default: none. */
  feedDescription?: LocalizedText
  /** Name of the upcoming-events calendar (`feed.ics`) and its file. Default: the feed title. */
  calendarTitle?: LocalizedText
  /** Description of the upcoming-events calendar. Default: the feed description. */
  calendarDescription?: LocalizedText
  /** The iCalendar PRODID of every .ics file, e.g. "//Difu//Programm//DE". Default: "//Programm//Events//EN". */
  icalProductId?: string
  /**
   * The prefix before every event title in listings (the site's lists and the map search's
   * results), e.g. "Difu" for "Difu: 2. Kölner Symposium"; an event whose lead organiser has a
   * short name is listed after that one instead. Default: none, titles listed as they are.
   */
  listingPrefix?: LocalizedText
}
