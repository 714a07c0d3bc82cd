import { execFileSync } from 'node:child_process'

import { TZDate } from '@date-fns/tz'
import { REST_GET } from '@payloadcms/next/routes'
import { format } from 'date-fns'
import type { SanitizedConfig } from 'payload'

export type RawResponse = { status: number; headers: Headers; text: string }

/** GET through Payload's REST handler, keeping the body as text and the headers (exports are not JSON). */
export const rawGet = (config: SanitizedConfig) => {
  const handler = REST_GET(config)
  return async (path: string, token?: string): Promise<RawResponse> => {
    const url = new URL(path, 'http://localhost:3000')
    const slug = url.pathname.slice('/api/'.length).split('/').filter(Boolean).map(decodeURIComponent)
    const headers: Record<string, string> = token ? { Authorization: `JWT ${token}` } : {}
    const response = await handler(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
    return { headers: response.headers, status: response.status, text: await response.text() }
  }
}

export type Property = { name: string; params: Record<string, string>; value: string }
export type Component = { name: string; properties: Property[]; components: Component[] }

/** Splits `NAME;P=V;Q="x:y":value`, minding quoted parameter values that may hold ':' or ';'. */
const parseLine = (line: string): Property => {
  const parts: string[] = []
  let current = ''
  let quoted = false
  let index = 0
  for (; index < line.length; index++) {
    const char = line[index]
    if (char === '"') quoted = !quoted
    if (!quoted && (char === ';' || char === ':')) {
      parts.push(current)
      current = ''
      if (char === ':') break
    } else current += char
  }
  const [name, ...params] = parts
  return {
    name: name.toUpperCase(),
    params: Object.fromEntries(
      params.map((param) => {
        const [key, ...rest] = param.split('=')
        return [key.toUpperCase(), rest.join('=').replace(/^"|"$/g, '')]
      }),
    ),
    value: line.slice(index + 1),
  }
}

/** A small RFC 5545 reader: unfolds continuation lines and nests BEGIN/END blocks. */
export const parseIcs = (text: string): Component => {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/).filter(Boolean)
  const root: Component = { components: [], name: 'ROOT', properties: [] }
  const stack = [root]
  for (const line of lines) {
    const property = parseLine(line)
    const top = stack[stack.length - 1]
    if (property.name === 'BEGIN') {
      const component: Component = { components: [], name: property.value.toUpperCase(), properties: [] }
      top.components.push(component)
      stack.push(component)
    } else if (property.name === 'END') {
      if (top.name !== property.value.toUpperCase()) throw new Error(`END:${property.value} closes ${top.name}`)
      stack.pop()
    } else top.properties.push(property)
  }
  if (stack.length !== 1) throw new Error('Unclosed component')
  return root
}

export const calendarOf = (text: string): Component => {
  const [calendar] = parseIcs(text).components
  if (calendar?.name !== 'VCALENDAR') throw new Error('Not a VCALENDAR')
  return calendar
}

export const componentsOf = (parent: Component, name: string): Component[] =>
  parent.components.filter((component) => component.name === name)

export const prop = (component: Component, name: string): Property | undefined =>
  component.properties.find((property) => property.name === name)

/** iCalendar TEXT values escape , ; \ and newlines; read in one pass, so `\\n` stays a backslash and n. */
export const textOf = (component: Component, name: string): string | undefined =>
  prop(component, name)?.value.replace(/\\([,;\\nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char))

/** The local wall-clock time of an instant in a zone, as iCalendar writes it (20250512T090000). */
export const localIcsTime = (instant: string, zone = 'Europe/Berlin'): string =>
  format(new TZDate(new Date(instant).getTime(), zone), "yyyyMMdd'T'HHmmss")

/** Whether xmllint accepts the text as well-formed XML. */
export const isWellFormedXml = (text: string): boolean => {
  try {
    execFileSync('/usr/bin/xmllint', ['--noout', '-'], { input: text, stdio: ['pipe', 'pipe', 'pipe'] })
    return true
  } catch {
    return false
  }
}
