import { answerFeedback } from '../../../frontend/feedback/answerFeedback'

/** The feedback and contact form posts here (frontend/components/FeedbackForm.tsx). */
export const POST = answerFeedback
