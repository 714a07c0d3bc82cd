import { overlaps, type TimeSpan } from './overlaps'
import type { Id } from '../../types'

/** Programme items where someone must speak; a welcome, a break or a reception can do without. */
export const kindsWithSpeakers = ['keynote', 'talk', 'panel', 'workshop'] as const

export const lacksSpeakers = (kind: string | null | undefined, speakers: readonly unknown[] | null | undefined): boolean =>
  (kindsWithSpeakers as readonly string[]).includes(kind ?? '') && (speakers ?? []).length === 0

export type BookedSession = TimeSpan & { id: Id; title: string; speakers: Id[] }

export type SpeakerClash = { speaker: Id; session: BookedSession }

/** The first person of `session` who is already on in another session at an overlapping time. */
export const findSpeakerClash = (
  session: TimeSpan & { id?: Id; speakers: Id[] },
  others: BookedSession[],
): SpeakerClash | undefined => {
  for (const other of others) {
    if (other.id === session.id || !overlaps(session, other)) continue
    const speaker = session.speakers.find((id) => other.speakers.includes(id))
    if (speaker !== undefined) return { session: other, speaker }
  }
  return undefined
}
