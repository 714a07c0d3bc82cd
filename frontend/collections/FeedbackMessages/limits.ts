/** How long feedback messages are kept; the privacy notice states it (scripts/seed/data/pages). */
export const feedbackRetentionDays = 180

/** The longest message, name and address the form takes, so one post cannot fill the database. */
export const feedbackLimits = { email: 254, message: 5000, name: 200 } as const
