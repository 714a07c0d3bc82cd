import { feedbackLimits } from '../collections/FeedbackMessages/limits'
import type { FeedbackErrors, FeedbackValues } from './fields'

// what browsers accept in <input type="email">, as Payload's email field checks it too
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Each field's first problem, in the order the form shows them. */
export const validateFeedback = ({ email, message, name }: FeedbackValues): FeedbackErrors => {
  const errors: FeedbackErrors = {}
  if (name.length > feedbackLimits.name) errors.name = 'tooLong'
  if (!email.trim()) errors.email = 'required'
  else if (email.length > feedbackLimits.email || !emailPattern.test(email)) errors.email = 'invalidEmail'
  if (!message.trim()) errors.message = 'required'
  else if (message.length > feedbackLimits.message) errors.message = 'tooLong'
  return errors
}
