/** A link to the place on openstreetmap.org (a plain link: the page itself loads no map). */
export const mapLink = (latitude: number, longitude: number, zoom = 17): string =>
  `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=${zoom}/${latitude}/${longitude}`
