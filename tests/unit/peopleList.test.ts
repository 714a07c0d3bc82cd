import { describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { PeopleList } from '../../frontend/components/PeopleList'
import type { EventSession } from '../../frontend/data/event'
import type { Locale } from '../../frontend/i18n/dictionary'

const person = (id: number, name: string) => ({ id, name, slug: name.toLowerCase().replace(/\W+/g, '-'), organisation: null })

const panel = [
  { id: 'a', role: 'moderator', speaker: person(1, 'Katrin Albers') },
  { id: 'b', role: 'panelist', speaker: person(2, 'Bernd Kessler') },
  { id: 'c', role: 'panelist', speaker: person(3, 'Jana Wittkamp') },
] as unknown as EventSession['speakers']

/** The role headings of the list, in order. */
const headings = (locale: Locale): string[] =>
  [...renderToStaticMarkup(createElement(PeopleList, { locale, people: panel })).matchAll(/<dt>([^<]*)<\/dt>/g)].map((match) => match[1])

describe('the people of a session', () => {
  it('head one person with the role, several with its plural', () => {
    expect(headings('de')).toEqual(['Moderation', 'Podiumsgäste'])
    expect(headings('en')).toEqual(['Moderator', 'Panellists'])
  })
})
