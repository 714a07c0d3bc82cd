import { SearchForm } from '../components/map/SearchForm'
import { SearchMap } from '../components/map/SearchMap'
import { SearchResults } from '../components/map/SearchResults'
import type { MapPoint } from '../components/map/types'
import { SiteLayout } from '../components/SiteLayout'
import type { MapSearch } from '../data/search'
import { langIfUntranslated } from '../data/untranslated'
import { t, type Locale } from '../i18n/dictionary'
import { formatDateRange } from '../lib/format'
import type { MapTiles } from '../lib/mapTiles'

type Props = MapSearch & { locale: Locale; paths: Record<Locale, string>; tiles: MapTiles }

const listId = 'search-result-list'

/**
 * `/karte` and `/en/map`: the search form, the results as a list (all on the server), and the
 * map, which the visitor loads with a button.
 */
export const MapView = ({ locale, paths, tiles, params, errors, result, topics, pastHidden, today }: Props) => {
  const text = t(locale)
  const points: MapPoint[] = (result?.docs ?? []).flatMap((event) =>
    event.venue
      ? [
          {
            id: String(event.id),
            lat: event.venue.lat,
            lng: event.venue.lng,
            place: [event.venue.name, event.venue.city].filter(Boolean).join(', '),
            title: event.listingTitle,
            titleLang: langIfUntranslated(event.untranslated, 'title'),
            url: event.url,
            when: formatDateRange(event.start, event.end, locale),
          },
        ]
      : [],
  )
  return (
    <SiteLayout locale={locale} paths={paths}>
      <h1>{text.mapTitle}</h1>
      <p className="lead">{text.mapDescription}</p>
      <SearchForm errors={errors} locale={locale} params={params} topics={topics} />
      {result ? (
        <div className="search-layout">
          <SearchResults listId={listId} locale={locale} params={params} pastHidden={pastHidden} result={result} today={today} />
          {points.length ? (
            <SearchMap
              listId={listId}
              near={result.near}
              points={points}
              text={{
                cluster: text.mapCluster,
                failed: text.mapFailed,
                help: text.mapHelp,
                label: text.mapLabel,
                loading: text.mapLoading,
                privacy: text.mapPrivacy(tiles.host),
                showMap: text.showMap,
                toEventPage: text.toEventPage,
                zoomIn: text.mapZoomIn,
                zoomOut: text.mapZoomOut,
              }}
              tiles={{ attribution: tiles.attribution, url: tiles.url }}
            />
          ) : null}
        </div>
      ) : null}
    </SiteLayout>
  )
}
