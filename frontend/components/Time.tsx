type Props = { value: string; children: string }

/** A machine-readable instant around its formatted text. */
export const Time = ({ value, children }: Props) => <time dateTime={new Date(value).toISOString()}>{children}</time>
