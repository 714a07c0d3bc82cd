/**
 * A true/false setting: `true`/`1`, `false`/`0`, or unset (undefined). Anything else throws
 * `failure` with one line naming the variable, so the server stops at start instead of guessing.
 */
export const flag = (name: string, value: string | undefined, failure: new (message: string) => Error = Error): boolean | undefined => {
  if (value === undefined || value === '') return undefined
  if (value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  throw new failure(`${name} must be true or false, not "${value}".`)
}
