import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

export type BadWhere = { label: string; params: [string, string][] }

const firstOf = (fields: FlattenedField[], types: string[]): string | undefined =>
  fields.find((field) => types.includes(field.type) && !('hasMany' in field && field.hasMany))?.name

/** Where-queries that do not parse for the collection's fields: unknown fields and operators, values of the wrong kind. */
export const badWheres = (collection: SanitizedCollectionConfig): BadWhere[] => {
  const fields = collection.flattenedFields
  const text = firstOf(fields, ['text', 'email', 'textarea']) ?? 'id'
  const date = firstOf(fields, ['date']) ?? 'createdAt'
  const number = firstOf(fields, ['number'])
  const relation = firstOf(fields, ['relationship', 'upload'])
  const checkbox = firstOf(fields, ['checkbox'])
  const wheres: BadWhere[] = [
    { label: 'id in a,b', params: [['where[id][in]', 'a,b']] },
    { label: "id equals 1'", params: [["where[id][equals]", "1'"]] },
    { label: 'unknown field', params: [['where[gibtEsNicht][equals]', '1']] },
    { label: 'unknown operator', params: [[`where[${text}][ist]`, '1']] },
    { label: 'no operator', params: [[`where[${text}]`, 'x']] },
    { label: `${date} greater_than abc`, params: [[`where[${date}][greater_than]`, 'abc']] },
    { label: `${date} equals 30 February`, params: [[`where[${date}][equals]`, '2027-02-30']] },
    { label: `${text} exists maybe`, params: [[`where[${text}][exists]`, 'vielleicht']] },
    { label: `${text} with NUL`, params: [[`where[${text}][equals]`, 'vor\u0000nach']] },
    { label: 'bad id inside or', params: [['where[or][0][id][equals]', 'abc']] },
    { label: 'and is not a list', params: [['where[and][x]', '1']] },
    { label: 'deep nesting', params: [[`where${'[and][0]'.repeat(60)}[id][equals]`, '1']] },
  ]
  if (number) wheres.push({ label: `${number} less_than abc`, params: [[`where[${number}][less_than]`, 'abc']] })
  if (relation) wheres.push({ label: `${relation} equals abc`, params: [[`where[${relation}][equals]`, 'abc']] })
  if (checkbox) wheres.push({ label: `${checkbox} equals maybe`, params: [[`where[${checkbox}][equals]`, 'vielleicht']] })
  return wheres
}
