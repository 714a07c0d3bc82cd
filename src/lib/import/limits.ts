/** The largest upload accepted: a programme or a speaker list is a few kilobytes. */
export const maxUploadBytes = 2 * 1024 * 1024

/** The most data rows a file may have: a programme has dozens, a speaker list hundreds. */
export const maxRows = 5000
