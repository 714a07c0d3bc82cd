/** Where feedback goes: `STAFF_EMAIL`, else Difu's general address. */
export const staffEmail = (env: NodeJS.ProcessEnv = process.env): string => env.STAFF_EMAIL || 'difu@difu.de'
