import type { SearchResult } from '../../../src/lib/search/search'
import { t, type Locale } from '../../i18n/dictionary'
import { pagePath } from '../../i18n/routes'
import { formatDateRange } from '../../lib/format'
import { Time } from '../Time'

type Props = { locale: Locale; result: SearchResult; params: URLSearchParams; listId: string }

const kilometres = (km: number, locale: Locale): string =>
  new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(km)

/** The map page with the same filters on another page of results. */
const pageLink = (locale: Locale, params: URLSearchParams, page: number): string => {
  const query = new URLSearchParams(params)
  query.set('page', String(page))
  return `${pagePath(locale, 'map')}?${query}`
}

/** The results as a list, rendered on the server: everything the map shows, readable without it. */
export const SearchResults = ({ locale, result, params, listId }: Props) => {
  const text = t(locale)
  const { docs, page, totalDocs, totalPages, near } = result
  return (
    <section aria-labelledby="search-results-heading" className="search-results">
      <h2 id="search-results-heading">{text.resultsHeading}</h2>
      <p className="search-results__count">
        {text.resultCount(totalDocs)}
        {near && totalDocs ? `, ${text.resultsNear(near.radiusKm)}` : ''}
      </p>
      {docs.length ? (
        <ol className="search-results__list" id={listId}>
          {docs.map((event) => (
            <li className="search-result" data-event-id={String(event.id)} key={event.id}>
              <h3 className="search-result__title">{event.url ? <a href={event.url}>{event.title}</a> : event.title}</h3>
              <p className="event-card__meta">
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
            <a href={pageLink(locale, params, page - 1)} rel="prev">
              {text.previousPage}
            </a>
          ) : null}
          <span>{text.pageOf(page, totalPages)}</span>
          {page < totalPages ? (
            <a href={pageLink(locale, params, page + 1)} rel="next">
              {text.nextPage}
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  )
}
