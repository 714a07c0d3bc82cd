import type { PayloadRequest } from 'payload'

import { hasRole } from '@difu/programm/site'

/**
 * Who may run Payload's job queue (`GET /api/payload-jobs/run`, which publishes scheduled
 * documents): a signed-in editor or admin, or the server's cron sending
 * `Authorization: Bearer <CRON_SECRET>`. Without CRON_SECRET set, only signed-in staff.
 */
export const canRunJobs = ({ req }: { req: PayloadRequest }, env: NodeJS.ProcessEnv = process.env): boolean => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const secret = env.CRON_SECRET
  return Boolean(secret) && req.headers.get('authorization') === `Bearer ${secret}`
}
