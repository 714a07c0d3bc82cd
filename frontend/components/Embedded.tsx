/** Stands for the inserted text while the phrase is split around it; no dictionary phrase holds it. */
const slot = '\u0000'

type Props = { phrase: (text: string) => string; text: string; lang?: string }

/**
 * A phrase of the page's language around a text that may be in another (a German title on an
 * English page): only that text carries `lang`, so a screen reader switches voice for it alone.
 */
export const Embedded = ({ phrase, text, lang }: Props) => {
  if (!lang) return <>{phrase(text)}</>
  const [before, after] = phrase(slot).split(slot)
  return (
    <>
      {before}
      <span lang={lang}>{text}</span>
      {after}
    </>
  )
}
