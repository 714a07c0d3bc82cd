/** A problem with the file or one of its rows; `line` counts the header as line 1. */
export type ImportError = { line: number; field?: string; message: string }

/** A row ready to be created: its line, the title shown to the editor, and the document data. */
export type ImportItem<Data> = { line: number; title: string; data: Data }

export const isImportError = (value: unknown): value is ImportError =>
  typeof value === 'object' && value !== null && 'message' in value && 'line' in value
