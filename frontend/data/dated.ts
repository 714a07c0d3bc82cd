type Dated = { end?: string | null; start?: string | null }

/**
 * Whether an event or session has both its dates. A date stored as no date (text such as `abc`,
 * written past Payload) is read as empty (src/lib/sqliteDates.ts); the pages would show an empty
 * one as 1 January 1970, so the loaders leave such a document out until an editor fixes it.
 */
export const hasDates = <T extends Dated>(doc: T): doc is T & { end: string; start: string } => Boolean(doc.start && doc.end)

/**
 * The documents a page shows: in an editor's preview all of them (a draft may lack its dates
 * yet), else those with both dates.
 */
export const shownByDates = <T extends Dated>(docs: T[], { draft }: { draft: boolean }): T[] => (draft ? docs : docs.filter(hasDates))
