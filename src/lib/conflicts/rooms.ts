import { overlaps, type TimeSpan } from './overlaps'

type Id = number | string

export type RoomedSession = TimeSpan & { id: Id; title: string; room?: string | null }

/** "Saal 1", " saal  1 " and "SAAL 1" are the same room. */
export const sameRoom = (a: string | null | undefined, b: string | null | undefined): boolean => {
  const normal = (room: string | null | undefined) => (room ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de')
  return normal(a) !== '' && normal(a) === normal(b)
}

/** Another session in the same room at an overlapping time; a session without a room clashes with none. */
export const findRoomClash = (
  session: TimeSpan & { id?: Id; room?: string | null },
  others: RoomedSession[],
): RoomedSession | undefined =>
  others.find((other) => other.id !== session.id && sameRoom(session.room, other.room) && overlaps(session, other))
