import type { Locale } from '../i18n/dictionary'

type AddressFields = { street?: string | null; postcode?: string | null; city: string; country?: string | null }

const countryName = (code: string, locale: Locale): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code
  } catch {
    return code
  }
}

/** A postal address on separate lines; the country only when it is not Germany. */
export const Address = ({ address, locale }: { address: AddressFields; locale: Locale }) => {
  const lines = [
    address.street,
    [address.postcode, address.city].filter(Boolean).join(' '),
    address.country && address.country.toUpperCase() !== 'DE' ? countryName(address.country, locale) : null,
  ].filter((line): line is string => Boolean(line))
  return (
    <p className="address">
      {lines.map((line, index) => (
        <span className="address__line" key={index}>
          {line}
        </span>
      ))}
    </p>
  )
}
