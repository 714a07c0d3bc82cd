import { type AfterErrorHook, AuthenticationError } from 'payload'

const isLockedAuth = (error: Error): boolean =>
  error.name === 'LockedAuth' || (error as Error & { originalError?: Error }).originalError?.name === 'LockedAuth'

/**
 * A sign-in to a locked account answers like one with an unknown e-mail address (401, "The email
 * or password provided is incorrect."): "locked" would confirm that the address has an account,
 * and that someone has been guessing its password. Over REST and GraphQL (`loginUser`).
 */
export const sameAnswerWhenLocked: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isLockedAuth(error)) return
  const { message, name } = new AuthenticationError(req.t)
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, name }, message } }
  return { response: { errors: [{ message }] }, status: 401 }
}
