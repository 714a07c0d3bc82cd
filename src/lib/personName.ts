type NameParts = { honorific?: string | null; givenName?: string | null; familyName?: string | null }

export const personName = ({ honorific, givenName, familyName }: NameParts): string =>
  [honorific, givenName, familyName].filter(Boolean).join(' ')
