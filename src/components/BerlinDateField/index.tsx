'use client'

import { DateTimeField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'

/**
 * Payload's date field with the time list captioned in the admin's language: react-datepicker
 * captions it "Time" unless told otherwise, and Payload passes no caption of its own.
 */
export const BerlinDateField: DateFieldClientComponent = (props) => {
  const { t } = useTranslation()
  const { field } = props
  const date = field.admin?.date as { overrides?: object } | undefined
  const admin = { ...field.admin, date: { ...date, overrides: { ...date?.overrides, timeCaption: t('general:time') } } }
  return <DateTimeField {...props} field={{ ...field, admin } as typeof field} />
}
