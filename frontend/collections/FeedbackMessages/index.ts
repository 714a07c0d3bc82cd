import type { CollectionConfig } from 'payload'

import { admins, collectionLabels, editors, strictValues } from '@difu/programm'
import { nobody } from '../../access/nobody'
import { feedbackLimits } from './limits'

/**
 * What visitors send through the feedback and contact form (BITV 2.0 feedback mechanism). Editors
 * read them, only admins delete them; nobody writes them through the API: the form's handler
 * (frontend/feedback) stores them. The `deleteOldFeedback` job deletes them after the retention period.
 */
export const FeedbackMessages: CollectionConfig<'feedback-messages'> = {
  slug: 'feedback-messages',
  // resolved on the server: Payload's create buttons show a label object as "[object Object]"
  labels: collectionLabels({
    singular: { de: 'Rückmeldung', en: 'Feedback message' },
    plural: { de: 'Rückmeldungen', en: 'Feedback messages' },
  }),
  access: { create: nobody, delete: admins, read: editors, update: nobody },
  admin: { defaultColumns: ['email', 'createdAt', 'origin'], group: { de: 'Website', en: 'Website' }, useAsTitle: 'email' },
  defaultSort: '-createdAt',
  // a value that does not fit its field (a relation to nothing, a date that does not exist) never reaches the database
  fields: strictValues([
    { name: 'name', type: 'text', maxLength: feedbackLimits.name, label: { de: 'Name', en: 'Name' }, admin: { readOnly: true } },
    { name: 'email', type: 'email', required: true, label: { de: 'E-Mail-Adresse', en: 'E-mail address' }, admin: { readOnly: true } },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: feedbackLimits.message,
      label: { de: 'Nachricht', en: 'Message' },
      admin: { readOnly: true },
    },
    {
      name: 'origin',
      type: 'select',
      required: true,
      label: { de: 'Gesendet von', en: 'Sent from' },
      admin: { readOnly: true },
      options: [
        { value: 'contact', label: { de: 'Kontaktseite', en: 'Contact page' } },
        { value: 'accessibility', label: { de: 'Erklärung zur Barrierefreiheit', en: 'Accessibility statement' } },
      ],
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      label: { de: 'Sprache', en: 'Language' },
      admin: { readOnly: true },
      options: [
        { value: 'de', label: { de: 'Deutsch', en: 'German' } },
        { value: 'en', label: { de: 'Englisch', en: 'English' } },
      ],
    },
  ]),
}
