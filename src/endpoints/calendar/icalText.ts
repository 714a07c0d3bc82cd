import { escape } from 'ical-generator'

import { printable } from '../../lib/text/printable'

/**
 * A TEXT value for the calendar-level properties (NAME, X-WR-CALNAME, X-WR-CALDESC, PRODID), which
 * ical-generator writes as given: `\`, `;`, `,` and line breaks escaped with its own `escape`, as
 * it does for an event's SUMMARY or DESCRIPTION. It folds every line itself, at 75 octets.
 */
export const calendarText = (text: string): string => escape(printable(text), false)

/**
 * A quoted parameter value (ORGANIZER;CN="…") may hold neither `"` nor a line break (RFC 5545
 * 3.2); RFC 6868 spells them `^'` and `^n`, and `^` itself `^^`.
 */
export const parameterText = (text: string): string =>
  printable(text).replace(/\^/g, '^^').replace(/\n/g, '^n').replace(/"/g, "^'")
