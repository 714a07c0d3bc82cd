import type { Payload, TaskConfig } from 'payload'

import { feedbackRetentionDays } from '../collections/FeedbackMessages/limits'

const dayMs = 24 * 60 * 60 * 1000

/** Deletes feedback messages older than the retention period the privacy notice states. */
export const deleteFeedbackOlderThan = async (payload: Payload, now = new Date()) => {
  const before = new Date(now.getTime() - feedbackRetentionDays * dayMs).toISOString()
  const { docs } = await payload.delete({ collection: 'feedback-messages', overrideAccess: true, where: { createdAt: { less_than: before } } })
  return docs.length
}

/** The daily job (03:15 server time) that enforces the retention period. */
export const deleteOldFeedback: TaskConfig = {
  slug: 'deleteOldFeedback',
  label: 'Delete old feedback messages',
  outputSchema: [{ name: 'deleted', type: 'number' }],
  schedule: [{ cron: '15 3 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: { deleted: await deleteFeedbackOlderThan(req.payload) } }),
}
