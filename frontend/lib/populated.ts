/** A relationship value that Payload populated, or undefined when it is only an id (or missing). */
export const populated = <T extends object>(value: T | number | string | null | undefined): T | undefined =>
  value && typeof value === 'object' ? value : undefined
