import { overlaps, type TimeSpan } from './overlaps'
import type { Id } from '../../types'

export type RoomedSession = TimeSpan & { id: Id; title: string; room?: string | null }

/** A room name without stray spaces: " Saal  1 " is "Saal 1". */
export const normalRoom = (room: string | null | undefined): string => (room ?? '').trim().replace(/\s+/g, ' ')

/** "Saal 1", " saal  1 " and "SAAL 1" are the same room. */
export const sameRoom = (a: string | null | undefined, b: string | null | undefined): boolean => {
  const normal = (room: string | null | undefined) => normalRoom(room).toLocaleLowerCase('de')
  return normal(a) !== '' && normal(a) === normal(b)
}

/** Another session in the same room at an overlapping time; a session without a room clashes with none. */
export const findRoomClash = (
  session: TimeSpan & { id?: Id; room?: string | null },
  others: RoomedSession[],
): RoomedSession | undefined =>
  others.find((other) => other.id !== session.id && sameRoom(session.room, other.room) && overlaps(session, other))
