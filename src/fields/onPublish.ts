type Result = Promise<string | true> | string | true
type Validator = (value: never, options: never) => Result

/**
 * Runs a validator only when the document is being published: a draft is a plan in progress and
 * may still clash, however it is saved (with or without Payload's `draft` flag).
 */
export const onPublish = <V extends Validator>(validate: V): V =>
  ((value: never, options: never) =>
    (options as { data?: { _status?: string } }).data?._status === 'published' ? validate(value, options) : true) as V
