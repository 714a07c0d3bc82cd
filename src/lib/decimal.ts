const decimalPattern = /^\s*([+-]?)(\d+)(?:[.,](\d+))?\s*$/

/**
 * A decimal number as a German or English speaker types it: "50,9484" and "50.9484" are both
 * 50.9484. Anything else (thousands separators, two commas, letters) is undefined, so the field
 * says it is not a number instead of reading "50,9484" as 509484.
 */
export const parseDecimal = (text: string): number | undefined => {
  const match = decimalPattern.exec(text)
  if (!match) return undefined
  const [, sign, whole, fraction] = match
  return Number(`${sign}${whole}.${fraction ?? '0'}`)
}
