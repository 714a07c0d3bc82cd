type Props = { text: string | null | undefined; className?: string; lang?: string }

/** Plain text with line breaks (a textarea field) as paragraphs; React escapes the text. */
export const Paragraphs = ({ text, className, lang }: Props) => {
  const paragraphs = (text ?? '')
    .split(/\n\s*\n|\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p className={className} key={index} lang={lang}>
          {paragraph}
        </p>
      ))}
    </>
  )
}
