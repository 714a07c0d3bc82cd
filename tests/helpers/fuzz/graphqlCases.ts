import {
  type GraphQLArgument,
  GraphQLEnumType,
  type GraphQLInputType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLSchema,
  GraphQLScalarType,
  getNamedType,
} from 'graphql'

import type { FuzzCase } from './case'
import type { Random } from './random'
import { unknownId } from './values'

const badScalars: Record<string, string[]> = {
  Boolean: ['true'],
  DateTime: ['"abc"', '"2027-02-30"', '"2027-02-10T25:61:00Z"'],
  EmailAddress: ['"keine-adresse"', '"a@b.de\\r\\nBcc: c@d.de"'],
  Float: ['1e308', '-1', '0.5'],
  ID: ['"abc"', '"1\'"'],
  Int: [String(unknownId), '-1', '0', '2147483647'],
  JSON: ['{ a: "vor\\u0000nach" }', '"kein JSON-Objekt"', '[1, 2]'],
  JSONObject: ['{ root: "x" }', '{ }'],
  String: ['"vor\\u0000nach"', '"abc"', '"2027-02-30"', '"Zeile\\r\\nEND:VEVENT"', '"𝔘😀"', `"${'x'.repeat(5000)}"`],
}

/** A GraphQL literal of `type` holding bad values; required fields of input objects are always set. */
const literal = (type: GraphQLInputType, random: Random, depth: number): string => {
  if (type instanceof GraphQLNonNull) return literal(type.ofType, random, depth)
  if (type instanceof GraphQLList) return `[${literal(type.ofType, random, depth)}]`
  if (type instanceof GraphQLEnumType) return random.pick(type.getValues()).name
  if (type instanceof GraphQLScalarType) return random.pick(badScalars[type.name] ?? badScalars.String)
  const fields = Object.values((type as GraphQLInputObjectType).getFields())
  if (depth > 3 || fields.length === 0) return '{ }'
  const required = fields.filter((field) => field.type instanceof GraphQLNonNull)
  const chosen = [...new Set([...required, random.pick(fields)])]
  return `{ ${chosen.map((field) => `${field.name}: ${literal(field.type, random, depth + 1)}`).join(', ')} }`
}

/** Sign-in mutations run anonymously, so the admin's session stays; ids are never the stored ones, except on update. */
const anonymous = /^(logout|refreshToken|login|forgotPassword|resetPassword|verifyEmail)/

const argument = (arg: GraphQLArgument, operation: string, random: Random, ids: Record<string, number | string>): string => {
  if (arg.name === 'id' && operation.startsWith('update')) {
    const stored = Object.entries(ids).find(([name]) => operation.toLowerCase().endsWith(name.toLowerCase()))
    if (stored && random.next() < 0.5) return `${arg.name}: ${JSON.stringify(stored[1])}`
  }
  return `${arg.name}: ${literal(arg.type, random, 0)}`
}

/**
 * Every query and mutation of the schema, each `perOperation` times with other bad arguments.
 * `ids` maps a GraphQL type name (`Event`) to a stored id, so some updates reach the field checks.
 */
export const graphqlCases = (
  schema: GraphQLSchema,
  random: Random,
  ids: Record<string, number | string>,
  perOperation: number,
): FuzzCase[] =>
  (['query', 'mutation'] as const).flatMap((kind) => {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType()
    return Object.values(root?.getFields() ?? {}).flatMap((field) =>
      Array.from({ length: perOperation }, (): FuzzCase => {
        const args = field.args.filter((arg) => arg.type instanceof GraphQLNonNull || random.next() < 0.6)
        const list = args.length ? `(${args.map((arg) => argument(arg, field.name, random, ids)).join(', ')})` : ''
        const selection = getNamedType(field.type) instanceof GraphQLObjectType ? ' { __typename }' : ''
        const text = `${kind} { ${field.name}${list}${selection} }`
        return {
          body: { contentType: 'application/json', data: JSON.stringify({ query: text }) },
          method: 'POST',
          name: `GraphQL ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`,
          refuse: false,
          route: `${kind} ${field.name}`,
          signedIn: !anonymous.test(field.name),
          url: '/api/graphql',
          writes: kind === 'mutation',
        }
      }),
    )
  })
