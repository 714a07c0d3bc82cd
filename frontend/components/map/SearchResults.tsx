import type { MapSearch } from '../../data/search'
import { t, type Locale } from '../../i18n/dictionary'
import { showPastParam } from '../../data/search'
import { langIfUntranslated } from '../../data/untranslated'
import { pagePath } from '../../i18n/routes'
import { dayKey, formatDateRange } from '../../lib/format'
import { Time } from '../Time'

type Props = { locale: Locale; result: NonNullable<MapSearch['result']>; params: URLSearchParams; listId: string; pastHidden?: boolean; today: string }

/** Where a search lands: the form is long on a phone, so the address's fragment points here. */
export const resultsAnchor = 'results'

const kilometres = (km: number, locale: Locale): string =>
  new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(km)

/** The map page with the same filters and one parameter changed, landing on the results. */
const linkWith = (locale: Locale, params: URLSearchParams, name: string, value: string): string => {
  const query = new URLSearchParams(params)
  query.set(name, value)
  if (name !== 'page') query.delete('page')
  return `${pagePath(locale, 'map')}?${query}#${resultsAnchor}`
}

/**
 * The results as a list, rendered on the server: everything the map shows, readable without it.
 * A past event says so; a search by distance that left past events out says how to see them.
 */
export const SearchResults = ({ locale, result, params, listId, pastHidden, today }: Props) => {
  const text = t(locale)
  const { docs, page, totalDocs, totalPages, near } = result
  return (
    <section aria-labelledby="search-results-heading" className="search-results" id={resultsAnchor} tabIndex={-1}>
      <h2 id="search-results-heading">{text.resultsHeading}</h2>
      <p className="search-results__count">
        {text.resultCount(totalDocs)}
        {near && totalDocs ? `, ${text.resultsNear(near.radiusKm)}` : ''}
      </p>
      {pastHidden ? (
        <p className="search-results__past">
          {text.pastHidden} <a href={linkWith(locale, params, showPastParam, '1')}>{text.showPast}</a>
        </p>
      ) : null}
      {docs.length ? (
        <ol className="search-results__list" id={listId}>
          {docs.map((event) => (
            <li className="search-result" data-event-id={String(event.id)} key={event.id}>
              <h3 className="search-result__title" lang={langIfUntranslated(event.untranslated, 'title')}>
                {event.url ? <a href={event.url}>{event.listingTitle}</a> : event.listingTitle}
              </h3>
              <p className="event-card__meta">
                {dayKey(event.end) < today ? <span className="badge badge--past">{text.pastEvent}</span> : null}
                <Time value={event.start}>{formatDateRange(event.start, event.end, locale)}</Time>
                <span>{event.venue ? [event.venue.name, event.venue.city].filter(Boolean).join(', ') : text.online}</span>
                {event.distance !== undefined ? <span>{text.distanceAway(kilometres(event.distance, locale))}</span> : null}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{text.noResults}</p>
      )}
      {totalPages > 1 ? (
        <nav aria-label={text.pagination} className="pagination">
          {page > 1 ? (
            <a href={linkWith(locale, params, 'page', String(page - 1))} rel="prev">
              {text.previousPage}
            </a>
          ) : null}
          <span>{text.pageOf(page, totalPages)}</span>
          {page < totalPages ? (
            <a href={linkWith(locale, params, 'page', String(page + 1))} rel="next">
              {text.nextPage}
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  )
}
