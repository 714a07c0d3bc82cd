type Organiser = { shortName?: string | null } | number | string | null | undefined

/** Events are listed with their lead organiser, as partner sites do: "Difu: 2. Kölner Symposium …". */
export const listingTitle = ({ organisers, title }: { organisers?: Organiser[] | null; title: string }): string => {
  const lead = organisers?.[0]
  const prefix = lead && typeof lead === 'object' ? lead.shortName : undefined
  return prefix ? `${prefix}: ${title}` : title
}
