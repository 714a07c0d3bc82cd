import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { type ExecutionArgs, GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql'
import { createComplexityRule } from 'graphql-query-complexity'
import type { PayloadRequest } from 'payload'

import { translate } from '../../translations'
import { apiLimits } from './apiLimits'
import { documentCost } from './graphQLCost'

const requestOf = (args: ExecutionArgs): Partial<PayloadRequest> => (args.contextValue as { req?: PayloadRequest } | undefined)?.req ?? {}

/** A refusal in Payload's GraphQL error shape: `extensions.statusCode` 400 and a code saying why. */
const refusal = (message: string, code: string) => new GraphQLError(message, { extensions: { code, statusCode: 400 } })

/**
 * Checked before a GraphQL query runs, so a refused one reads nothing: how deep its fields nest
 * (`apiLimits.graphQLDepth`, introspection aside) and how many documents it could read
 * (`apiLimits.graphQLCost`, `documentCost`). Payload's own complexity count stays on as well.
 * The schema (introspection) is for signed-in users, in every environment: visitors read documents.
 */
export const graphQLLimits = (args: ExecutionArgs): ValidationRule[] => {
  const req = requestOf(args)
  const i18n = req.i18n ?? { t: (key: string) => key }
  return [
    ...(req.user ? [] : [NoSchemaIntrospectionCustomRule]),
    maxDepthRule({
      n: apiLimits.graphQLDepth,
      onReject: [
        (context, error) => {
          const depth = Number(/found (\d+)/.exec(error.message)?.[1])
          context?.reportError(refusal(translate(i18n, 'queryTooDeep', { depth, max: apiLimits.graphQLDepth }), 'QUERY_TOO_DEEP'))
        },
      ],
      propagateOnRejection: false,
    }),
    createComplexityRule({
      createError: (max, cost) => refusal(translate(i18n, 'queryTooCostly', { cost, max }), 'QUERY_TOO_COSTLY'),
      estimators: [documentCost],
      maximumComplexity: apiLimits.graphQLCost,
      variables: args.variableValues ?? undefined,
    }),
  ]
}
