import { Feed } from 'feed'
import type { Endpoint, PayloadRequest } from 'payload'

import { siteTexts } from '../../lib/siteTexts'
import type { EventsPluginConfig } from '../../types'
import { readLocale, upcomingWhere } from '../shared/answers'
import { eventPage, findEvents } from '../shared/loadEvents'

/** Plain text inside an element a reader takes as HTML, so `<Zukunft>` stays text, not a tag. */
const asHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const plain = (text: string): string => text

/**
 * `html` is what the format declares HTML: the `feed` library writes Atom's title and summary as
 * `type="html"`, and RSS readers take a description as HTML.
 */
const formats = {
  rss: { render: (feed: Feed) => feed.rss2(), type: 'application/rss+xml; charset=utf-8', title: plain, html: asHtml },
  atom: { render: (feed: Feed) => feed.atom1(), type: 'application/atom+xml; charset=utf-8', title: asHtml, html: asHtml },
}

/** Where the feed itself lives, for its self link and its id (Atom requires an absolute id). */
const selfUrl = (req: PayloadRequest, format: keyof typeof formats): string => {
  const url = new URL(req.url ?? 'http://localhost/', req.payload.config.serverURL || undefined)
  url.search = ''
  url.pathname = url.pathname.replace(/feed\.\w+$/, `feed.${format}`)
  return url.toString()
}

/**
 * `GET /api/events/feed.rss` and `feed.atom`: upcoming published events, soonest first. An item's
 * date is the event's start, which is what a reader of an events feed sorts by.
 */
export const eventFeed = (options: EventsPluginConfig, format: keyof typeof formats): Endpoint => ({
  path: `/feed.${format}`,
  method: 'get',
  handler: async (req) => {
    const locale = readLocale(req)
    const events = await findEvents(req, upcomingWhere(), locale)
    const self = selfUrl(req, format)
    const { copyright, feedDescription, feedTitle } = siteTexts(options.site, locale)
    const feed = new Feed({
      id: self,
      title: feedTitle,
      description: feedDescription,
      language: locale,
      link: self,
      feedLinks: { [format]: self },
      updated: events.length
        ? new Date(Math.max(...events.map((event) => new Date(event.updatedAt).getTime())))
        : new Date(0),
      generator: 'Programm',
      copyright,
    })
    for (const event of events) {
      // without a page the API address still identifies the event uniquely
      const link = eventPage(options, event, locale) ?? new URL(`./${event.id}`, self).toString()
      feed.addItem({
        title: formats[format].title(event.title),
        id: link,
        link,
        date: new Date(event.start),
        description: event.summary ? formats[format].html(event.summary) : undefined,
      })
    }
    return new Response(formats[format].render(feed), { headers: { 'Content-Type': formats[format].type } })
  },
})
