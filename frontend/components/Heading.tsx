import type { ReactNode } from 'react'

export type Level = 2 | 3 | 4 | 5 | 6

type Props = { level: Level; id?: string; className?: string; lang?: string; children: ReactNode }

/** A heading whose level depends on where a shared component sits in the page outline. */
export const Heading = ({ level, id, className, lang, children }: Props) => {
  const Tag = `h${level}` as const
  return (
    <Tag className={className} id={id} lang={lang}>
      {children}
    </Tag>
  )
}

/** The level below, capped at h6. */
export const below = (level: Level): Level => Math.min(level + 1, 6) as Level
