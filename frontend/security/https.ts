/**
 * HSTS tells browsers to use HTTPS only. It is sent only where the site is served over HTTPS
 * (./staticHeaders.ts: the reverse proxy says so with `X-Forwarded-Proto: https`, or, without
 * that header, `NEXT_PUBLIC_SERVER_URL` is an https address); a site on plain HTTP never announces it.
 */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains'
