/** Plain text with line breaks (a textarea field) as paragraphs; React escapes the text. */
export const Paragraphs = ({ text, className }: { text: string | null | undefined; className?: string }) => {
  const paragraphs = (text ?? '')
    .split(/\n\s*\n|\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p className={className} key={index}>
          {paragraph}
        </p>
      ))}
    </>
  )
}
