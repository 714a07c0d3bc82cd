/**
 * Bad values, by the kind of field or parameter they are sent to. `refuse: true` marks input that
 * no valid request carries (a wrong type, an impossible date, a NUL byte, an unknown id): the API
 * must answer it with a 4xx. The others (line breaks, non-BMP text, very long text) may be
 * accepted, but must never break the server or leave a save half-written.
 */
export type Bad = { label: string; refuse: boolean; value: unknown }

const must = (label: string, value: unknown): Bad => ({ label, refuse: true, value })
const may = (label: string, value: unknown): Bad => ({ label, refuse: false, value })

export const unknownId = 987654

export const oddTexts: Bad[] = [
  may('CR/LF', 'Zeile\r\nLOCATION:evil\r\nEND:VEVENT'),
  may('non-BMP', '𝔘nicode 😀 \u{10FFFF}'),
  may('lone surrogate', 'halb \uD800 Paar'),
  may('long text', 'Ä'.repeat(20_000)),
  may('empty', ''),
]

export const nulText = must('NUL', 'vor\u0000nach')

const wrongTypes = [must('number', 123), must('boolean', true), must('object', { $gt: '' })]

export const badByType: Record<string, Bad[]> = {
  text: [...wrongTypes, nulText, ...oddTexts],
  textarea: [...wrongTypes, nulText, ...oddTexts],
  code: [...wrongTypes, nulText],
  email: [...wrongTypes, nulText, must('no address', 'keine-adresse'), must('CR/LF address', 'a@b.de\r\nBcc: c@d.de')],
  select: [...wrongTypes, nulText, must('no option', 'kein-wert')],
  radio: [...wrongTypes, nulText, must('no option', 'kein-wert')],
  number: [must('text', 'abc'), must('numeric text', '5'), must('boolean', true), must('object', {}), must('NUL', '1\u00002')],
  date: [
    must('text', 'abc'),
    must('30 February', '2027-02-30'),
    must('month 13', '2027-13-01T10:00:00.000Z'),
    must('25 o’clock', '2027-02-10T25:61:00Z'),
    must('number', 123),
    must('object', {}),
    nulText,
  ],
  checkbox: [must('text', 'ja'), must('number', 1), must('object', {})],
  relationship: [
    must('unknown id', unknownId),
    must('text id', 'abc'),
    must('negative id', -1),
    must('fraction', 1.5),
    must('object', { id: 'abc' }),
    must('NUL id', '1\u0000'),
  ],
  upload: [must('unknown id', unknownId), must('text id', 'abc'), must('object', { id: {} })],
  point: [must('texts', ['a', 'b']), must('text', 'abc'), must('three numbers', [1, 2, 3])],
  json: [may('object', { a: [1, { b: null }] }), may('NUL text', 'vor\u0000nach')],
  richText: [must('text', 'kein Lexical'), must('bad root', { root: 'x' }), must('number', 5)],
  array: [must('text', 'abc'), must('numbers', [5, 6]), must('object', { 0: 'x' })],
  blocks: [must('text', 'abc'), must('unknown block', [{ blockType: 'gibt-es-nicht' }])],
  group: [must('text', 'abc'), must('number', 5)],
}

/** Bad values of a field's type that the field takes by design, by `collection.field` and label. */
export const acceptedByDesign: Record<string, string[]> = {
  // coordinates take decimal text ("50,9484" from a German form, or a CSV): src/fields/coordinate.ts
  'venues.latitude': ['numeric text'],
  'venues.longitude': ['numeric text'],
}

/** Ids that must not resolve to any document: no partial parse (`3abc` is not 3), no injection. */
export const badIds = ['abc', '3abc', "1'", '1 OR 1=1', '-1', '0', '1.5', '1e3', ' 1', '0x10', '１', '1\u0000', String(unknownId), '99999999999999999999']

/** Query parameters that do not parse, by name. */
export const badParams: [string, string][] = [
  ['page', '-1'],
  ['page', 'abc'],
  ['page', '0'],
  ['limit', 'abc'],
  ['limit', '-5'],
  ['limit', '1e400'],
  ['pagination', 'abc'],
  ['depth', 'x'],
  ['depth', '-1'],
  ['sort', 'gibtEsNicht'],
  ['sort', '-gibtEsNicht'],
  ['locale', 'xx'],
  ['fallback-locale', 'xx'],
  ['draft', 'vielleicht'],
  ['trash', 'vielleicht'],
  ['select[gibtEsNicht]', 'true'],
  ['joins[gibtEsNicht][limit]', '1'],
  ['where', 'abc'],
  ['q', 'vor\u0000nach'],
]
