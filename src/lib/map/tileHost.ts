/**
 * The host a tile URL template such as `https://tile.example.org/{z}/{x}/{y}.png` makes the
 * browser contact, named beside every button that loads a map, so the visitor or editor knows
 * who learns their address before they press it.
 */
export const tileHost = (url: string): string => {
  try {
    return new URL(url.replace(/\{[a-z]\}/g, '0')).host
  } catch {
    return url
  }
}
