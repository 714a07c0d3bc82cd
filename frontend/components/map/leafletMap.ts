import 'leaflet/dist/leaflet.css'
import 'leaflet.markercluster/dist/MarkerCluster.css'

import 'leaflet'

import type * as leaflet from 'leaflet'

import type { MapPoint, MapProps } from './types'

/**
 * The Leaflet map of the search results, loaded only after the visitor pressed "show map" (this
 * module, Leaflet and its CSS are a chunk of their own). Markers are clustered, focusable and
 * open a popup with Enter; the result list and the map highlight each other.
 */

const germany = { center: [51.16, 10.45] as [number, number], zoom: 5 }

/** The popup's content as DOM nodes: titles are text, never HTML. */
const popupContent = (point: MapPoint, linkText: string): HTMLElement => {
  const box = document.createElement('div')
  box.className = 'search-map__popup'
  const title = document.createElement('p')
  title.className = 'search-map__popup-title'
  title.textContent = point.title
  if (point.titleLang) title.lang = point.titleLang
  const when = document.createElement('p')
  when.textContent = point.when
  box.append(title, when)
  if (point.place) {
    const place = document.createElement('p')
    place.textContent = point.place
    box.append(place)
  }
  if (point.url) {
    const link = document.createElement('a')
    link.href = point.url
    link.textContent = linkText
    link.setAttribute('aria-label', `${linkText}: ${point.title}`)
    box.append(link)
  }
  return box
}

export const showMap = async (container: HTMLElement, { points, near, tiles, text, listId }: MapProps): Promise<() => void> => {
  // Leaflet's CommonJS build puts its exports on window.L, and leaflet.markercluster adds itself
  // there; the module namespace of the import above is a frozen copy that would not show it
  await import('leaflet.markercluster')
  const L = (window as unknown as { L: typeof leaflet }).L
  const markerIcon = L.divIcon({ className: 'search-map__marker', iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -11] })

  const map = L.map(container, { keyboard: true, zoomControl: false, scrollWheelZoom: false })
  L.control.zoom({ zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut }).addTo(map)
  L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 }).addTo(map)

  const clusters = L.markerClusterGroup({
    showCoverageOnHover: false,
    iconCreateFunction: (cluster) => {
      const count = cluster.getChildCount()
      const label = text.cluster.replace('{count}', String(count))
      return L.divIcon({
        className: 'search-map__cluster',
        html: `<span aria-hidden="true">${count}</span><span class="visually-hidden">${label}</span>`,
        iconSize: [40, 40],
      })
    },
  })
  const markers = new Map<string, leaflet.Marker>()
  for (const point of points) {
    const marker = L.marker([point.lat, point.lng], { icon: markerIcon, keyboard: true, title: [point.title, point.place].filter(Boolean).join(', ') })
    marker.bindPopup(() => popupContent(point, text.toEventPage))
    marker.on('popupopen', () => mark(listItem(point.id), 'is-active', true))
    marker.on('popupclose', () => mark(listItem(point.id), 'is-active', false))
    markers.set(point.id, marker)
    clusters.addLayer(marker)
  }
  map.addLayer(clusters)

  if (near) L.circle([near.lat, near.lng], { radius: near.radiusKm * 1000, interactive: false, weight: 2, fill: false }).addTo(map)
  const bounds = L.latLngBounds(points.map((point) => [point.lat, point.lng] as [number, number]))
  if (near) bounds.extend(L.latLng(near.lat, near.lng).toBounds(near.radiusKm * 2000))
  if (bounds.isValid()) map.fitBounds(bounds, { maxZoom: 14, padding: [48, 48] })
  else map.setView(germany.center, germany.zoom)

  const list = document.getElementById(listId)
  const listItem = (id: string) => list?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`) ?? null
  const mark = (element: Element | null | undefined, name: string, on: boolean) => element?.classList.toggle(name, on)

  // a list item under the pointer or holding the focus lights up its marker, or the cluster it is in
  let highlighted: Element | null | undefined
  let current: string | undefined
  const highlight = (id: string | undefined) => {
    current = id
    mark(highlighted, 'is-highlighted', false)
    const marker = id ? markers.get(id) : undefined
    highlighted = marker ? ((clusters.getVisibleParent(marker) as leaflet.Marker | null) ?? marker).getElement() : undefined
    mark(highlighted, 'is-highlighted', true)
  }
  const itemId = (event: Event) => (event.target as Element).closest<HTMLElement>('[data-event-id]')?.dataset.eventId
  const enter = (event: Event) => highlight(itemId(event))
  const leave = () => highlight(undefined)
  list?.addEventListener('mouseover', enter)
  list?.addEventListener('focusin', enter)
  list?.addEventListener('mouseleave', leave)
  list?.addEventListener('focusout', leave)
  // clusters regroup on zoom: the highlight moves to whatever shows the marker now
  clusters.on('animationend', () => highlight(current))
  map.on('zoomend moveend', () => highlight(current))

  return () => {
    list?.removeEventListener('mouseover', enter)
    list?.removeEventListener('focusin', enter)
    list?.removeEventListener('mouseleave', leave)
    list?.removeEventListener('focusout', leave)
    map.remove()
  }
}
