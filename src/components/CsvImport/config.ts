import type { Column } from '../../lib/import/columns'

/** The import panel above a collection's list, told which columns the file may have. */
export const csvImportComponent = (columns: Column[]) => ({
  clientProps: {
    columns: columns.map(({ headers, required }) => `${headers[0]}${required ? '*' : ''}`).join(', '),
  },
  path: '@difu/programm/client#CsvImport',
})
