/** schema.org JSON-LD of the public pages, for search engines (rendered by components/JsonLd). */
export { eventJsonLd, type EventInput, type SessionInput, type VenueInput } from './event'
export { speakerJsonLd, type SpeakerInput } from './speaker'
export { isoInBerlin } from './shared'
