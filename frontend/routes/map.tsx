import { loadMapSearch } from '../data/search'
import { t, type Locale } from '../i18n/dictionary'
import { alternates, locales } from '../i18n/routes'
import { mapTiles } from '../lib/mapTiles'
import { pageMetadata } from '../lib/metadata'
import { MapView } from '../views/MapView'

type SearchProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const toSearchParams = (values: Record<string, string | string[] | undefined>): URLSearchParams => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) for (const item of [value ?? []].flat()) params.append(name, item)
  return params
}

/** `/karte` and `/en/map`: rendered per request, as every query string is a different page. */
export const mapPage = (locale: Locale) =>
  async function MapPage({ searchParams }: SearchProps) {
    const params = toSearchParams(await searchParams)
    params.delete('locale')
    const data = await loadMapSearch(locale, params)
    // the language switch keeps the filters
    const query = params.size ? `?${params}` : ''
    const paths = Object.fromEntries(locales.map((other) => [other, `${alternates('map')[other]}${query}`])) as Record<Locale, string>
    return <MapView {...data} locale={locale} paths={paths} tiles={mapTiles()} />
  }

export const mapMetadata = (locale: Locale) =>
  pageMetadata({ description: t(locale).mapDescription, locale, paths: alternates('map'), title: t(locale).mapTitle })
