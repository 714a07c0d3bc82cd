import type { Schedule } from './buildSchedule'

/**
 * frab's schedule.json (the c3voc schema.json): the days sit inside the conference, and each
 * day's rooms map a room name to its talks.
 */
export const scheduleJson = ({ version, conference, days }: Schedule) => ({
  $schema: 'https://c3voc.de/schedule/schema.json',
  generator: { name: 'Programm' },
  schedule: {
    version,
    conference: {
      acronym: conference.acronym,
      title: conference.title,
      start: conference.start,
      end: conference.end,
      daysCount: conference.daysCount,
      timeslot_duration: conference.timeslotDuration,
      time_zone_name: conference.timeZone,
      ...(conference.url ? { url: conference.url } : {}),
      rooms: conference.rooms,
      tracks: conference.tracks.map((name) => ({ name })),
      days: days.map((day) => ({
        index: day.index,
        date: day.date,
        day_start: day.start,
        day_end: day.end,
        rooms: Object.fromEntries(day.rooms.map((room) => [room.name, room.talks])),
      })),
    },
  },
})
