import 'leaflet/dist/leaflet.css'

import * as L from 'leaflet'

import type { View } from './startView'

export type PickMapOptions = {
  view: View
  tiles: { url: string; attribution: string }
  text: { marker: string; zoomIn: string; zoomOut: string }
  onPick: (lat: number, lng: number) => void
}

/** Pixels an arrow key moves the marker; with Shift, a large step. */
const step = 8
const largeStep = 64

const arrows: Record<string, [number, number]> = { ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1] }

/** Six decimals are about ten centimetres: more than a click can mean. */
const rounded = (degrees: number): number => Math.round(degrees * 1e6) / 1e6

/**
 * The Leaflet map of the map pick, loaded only when the editor opens it (this module, Leaflet
 * and its CSS are a chunk of their own). A click, a drag or the arrow keys on the focused marker
 * move the marker and pick its point.
 */
export const showPickMap = (container: HTMLElement, { view, tiles, text, onPick }: PickMapOptions): (() => void) => {
  const map = L.map(container, { keyboard: true, zoomControl: false, scrollWheelZoom: false })
  L.control.zoom({ zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut }).addTo(map)
  L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 }).addTo(map)
  map.setView(view.center, view.zoom)

  // a div icon: Leaflet's default marker image is found by a CSS path that bundlers break
  const icon = L.divIcon({
    className: 'leaflet-div-icon',
    html: '<span style="display:block;width:100%;height:100%;border-radius:50%;background:#c00;border:3px solid #fff;box-sizing:border-box"></span>',
    iconAnchor: [11, 11],
    iconSize: [22, 22],
  })
  const marker = L.marker(view.center, { draggable: true, icon, keyboard: true, title: text.marker }).addTo(map)
  marker.getElement()?.setAttribute('aria-label', text.marker)

  const pick = (point: L.LatLng) => {
    const wrapped = point.wrap()
    marker.setLatLng(wrapped)
    onPick(rounded(wrapped.lat), rounded(wrapped.lng))
  }
  map.on('click', (event: L.LeafletMouseEvent) => pick(event.latlng))
  marker.on('dragend', () => pick(marker.getLatLng()))
  marker.getElement()?.addEventListener('keydown', (event) => {
    const direction = arrows[event.key]
    if (!direction) return
    event.preventDefault()
    event.stopPropagation()
    const distance = event.shiftKey ? largeStep : step
    const moved = map.latLngToContainerPoint(marker.getLatLng()).add([direction[0] * distance, direction[1] * distance])
    pick(map.containerPointToLatLng(moved))
    map.panInside(marker.getLatLng())
  })

  return () => map.remove()
}
