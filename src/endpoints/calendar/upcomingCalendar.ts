import type { Endpoint } from 'payload'

import { siteTexts } from '../../lib/siteTexts'
import { toSlug } from '../../lib/slugify'
import type { EventsPluginConfig } from '../../types'
import { readLocale, upcomingWhere } from '../shared/answers'
import { eventPage, findEvents } from '../shared/loadEvents'
import { uidHost } from '../shared/uidHost'
import { addEvent, calendarAnswer, newCalendar } from './buildCalendar'

/** `GET /api/events/feed.ics`: a calendar to subscribe to, with every upcoming published event. */
export const upcomingCalendar = (options: EventsPluginConfig): Endpoint => ({
  path: '/feed.ics',
  method: 'get',
  handler: async (req) => {
    const locale = readLocale(req)
    const { calendarDescription, calendarTitle } = siteTexts(options.site, locale)
    const calendar = newCalendar(options, calendarTitle, calendarDescription)
    // subscribing clients poll; once an hour is plenty for an events calendar
    calendar.ttl(60 * 60)
    const host = uidHost(req.payload)
    for (const event of await findEvents(req, upcomingWhere(), locale))
      addEvent(calendar, event, { host, url: eventPage(options, event, locale) })
    return calendarAnswer(calendar, toSlug(calendarTitle) || 'events')
  },
})
