import { formatAdminURL } from 'payload/shared'
import type { PayloadRequest } from 'payload'

import { type ProgrammKey, translate } from '../../src/translations'

type Args = { req?: PayloadRequest; token?: string }

/**
 * The admin's own reset view (`/admin/reset/<token>`) on the site's public address: never on the
 * request's Host header, which anyone asking for a reset could set to their own server.
 */
export const resetLink = ({ req, token }: Args): string =>
  formatAdminURL({
    adminRoute: req?.payload.config.routes.admin ?? '/admin',
    path: `${req?.payload.config.admin.routes.reset ?? '/reset'}/${token}`,
    serverURL: req?.payload.config.serverURL,
  })

/** The password-reset mail of `users`, in the editor's language (German or English). */
export const resetPasswordEmail = {
  // the mail says the link is valid for one hour
  expiration: 60 * 60 * 1000,
  generateEmailHTML: ({ req, token }: Args = {}): string => {
    const t = (key: ProgrammKey) => (req ? translate(req, key) : '')
    const link = resetLink({ req, token })
    return [
      `<p>${t('resetGreeting')}</p>`,
      `<p>${t('resetRequested')}</p>`,
      `<p><a href="${link}">${link}</a></p>`,
      `<p>${t('resetNotYou')}</p>`,
    ].join('\n')
  },
  generateEmailSubject: ({ req }: Args = {}): string => (req ? translate(req, 'resetSubject') : ''),
}
