import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

import type { Reference, Schedule, Talk } from './buildSchedule'

/** Adds `<name>text</name>`, or nothing for a value the schema lets the element go without. */
const element = (parent: XMLBuilder, name: string, text: string | number | null | undefined): void => {
  if (text !== null && text !== undefined) parent.ele(name).txt(String(text))
}

const references = (parent: XMLBuilder, list: string, item: string, refs: Reference[]): void => {
  if (!refs.length) return
  const node = parent.ele(list)
  for (const { url, title, type } of refs) node.ele(item, { href: url, ...(type ? { type } : {}) }).txt(title)
}

/** The schema requires room, title, type, date, start, duration, abstract and track, even empty. */
const addTalk = (room: XMLBuilder, talk: Talk): void => {
  const node = room.ele('event', { id: talk.id, guid: talk.guid })
  element(node, 'room', talk.room)
  element(node, 'title', talk.title)
  element(node, 'subtitle', talk.subtitle)
  element(node, 'type', talk.type)
  element(node, 'date', talk.date)
  element(node, 'start', talk.start)
  element(node, 'duration', talk.duration)
  element(node, 'abstract', talk.abstract ?? '')
  element(node, 'slug', talk.slug)
  element(node, 'track', talk.track ?? '')
  const persons = node.ele('persons')
  for (const person of talk.persons) persons.ele('person', { id: person.id, guid: person.guid }).txt(person.public_name)
  element(node, 'language', talk.language)
  element(node, 'description', talk.description)
  references(node, 'links', 'link', talk.links)
  references(node, 'attachments', 'attachment', talk.attachments)
  element(node, 'url', talk.url)
}

/** frab's schedule.xml (the c3voc schema): conference, then days, their rooms and their talks. */
export const scheduleXml = (schedule: Schedule): string => {
  // characters XML cannot carry (control codes pasted into a title) are dropped, not a 500
  const root = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' }).ele('schedule')
  root.ele('generator', { name: 'Programm' })
  element(root, 'version', schedule.version)
  const { conference } = schedule
  const head = root.ele('conference')
  element(head, 'title', conference.title)
  element(head, 'acronym', conference.acronym)
  element(head, 'start', conference.start)
  element(head, 'end', conference.end)
  element(head, 'days', conference.daysCount)
  element(head, 'timeslot_duration', conference.timeslotDuration)
  element(head, 'url', conference.url)
  element(head, 'time_zone_name', conference.timeZone)
  for (const track of conference.tracks) head.ele('track', { name: track }).txt(track)
  for (const day of schedule.days) {
    const dayNode = root.ele('day', { index: day.index, date: day.date, start: day.start, end: day.end })
    for (const room of day.rooms) {
      const guid = conference.rooms.find(({ name }) => name === room.name)?.guid
      const roomNode = dayNode.ele('room', { name: room.name, ...(guid ? { guid } : {}) })
      for (const talk of room.talks) addTalk(roomNode, talk)
    }
  }
  return root.end({ prettyPrint: true })
}
