import type { TextField } from 'payload'

import { translate } from '../translations'

type UrlFieldArgs = Pick<TextField, 'admin' | 'label' | 'localized' | 'name' | 'required'>

const isHttpUrl = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/** A web address; anything but an absolute http(s) URL is refused with a message. */
export const url = (args: UrlFieldArgs): TextField => ({
  type: 'text',
  ...args,
  validate: (value, { req, required }) => {
    if (!value) return required ? req.t('validation:required') : true
    return isHttpUrl(value) ? true : translate(req, 'invalidUrl')
  },
})
