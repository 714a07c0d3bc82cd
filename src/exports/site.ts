/**
 * What a public site built on the plugin needs besides the Local API: the vocabulary of the
 * select fields, time zones, names, map search and the tile host it names, preview signing and
 * safe redirects.
 */
export { listingTitle } from '../lib/listingTitle'
export { personName } from '../lib/personName'
export { signPreview, verifyPreview, previewLifetimeMs, type PreviewQuery } from '../lib/previewSignature'
export { hasRole, roles, type Role } from '../lib/roles'
export { tileHost } from '../lib/map/tileHost'
export { gazetteer, type Place } from '../lib/search/gazetteer'
export { parseSearchParams, type ParamError, type SearchQuery } from '../lib/search/params'
export { searchEvents, type FoundEvent, type SearchResult } from '../lib/search/search'
export { isRealDate } from '../fields/strictValues/dates'
export { sitePath } from '../lib/sitePath'
export { dayInZone, eventTimeZone, isoInZone } from '../lib/timeZone'
export {
  attendanceModes,
  eventStatuses,
  languages,
  registrationStates,
  sessionKinds,
  speakerRoles,
} from '../lib/vocabulary'
