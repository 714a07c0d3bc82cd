type Result = Promise<string | true> | string | true
type Validator = (value: never, options: never) => Result

/** Runs validators in turn and answers with the first complaint, so a field shows one message. */
export const allOf = <V extends Validator>(validators: V[]): V =>
  (async (value: unknown, options: unknown) => {
    for (const validate of validators as unknown as ((value: unknown, options: unknown) => Result)[]) {
      const result = await validate(value, options)
      if (result !== true) return result
    }
    return true
  }) as unknown as V
