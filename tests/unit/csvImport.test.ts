import { describe, expect, it } from '@jest/globals'

import { parseBerlinTime } from '../../src/lib/import/berlinTime'
import { maxRows } from '../../src/lib/import/limits'
import { type CsvTable, readCsv, tooManyRows } from '../../src/lib/import/readCsv'
import { matchReference } from '../../src/lib/import/references'
import { mapSessionRows } from '../../src/lib/import/sessionRows'
import { mapSpeakerRows } from '../../src/lib/import/speakerRows'
import { isImportError } from '../../src/lib/import/types'
import { i18nIn } from '../helpers/i18n'

const table = async (text: string): Promise<CsvTable> => {
  const result = await readCsv(text)
  if (isImportError(result) || result === tooManyRows) throw new Error(`not read: ${JSON.stringify(result)}`)
  return result
}

describe('readCsv', () => {
  it('reads semicolon files with a BOM, as German Excel saves them', async () => {
    const { headers, rows } = await table('\uFEFFVorname;Nachname\r\nAnna;Müller\r\n')
    expect(headers).toEqual(['Vorname', 'Nachname'])
    expect(rows).toEqual([{ line: 2, values: { Nachname: 'Müller', Vorname: 'Anna' } }])
  })

  it('reads comma files and quoted values holding the delimiter', async () => {
    const { rows } = await table('firstName,lastName,Organisation\nAnna,Beispiel,"Stadt Köln, Kämmerei"\n')
    expect(rows[0].values.Organisation).toBe('Stadt Köln, Kämmerei')
  })

  it('counts lines as a text editor does: empty lines and multi-line values included', async () => {
    const { rows } = await table('Titel;Kurzfassung\nA;kurz\n\nB;"zwei\nZeilen"\nC;x\n')
    expect(rows.map(({ line, values }) => [line, values.Titel])).toEqual([
      [2, 'A'],
      [4, 'B'],
      [6, 'C'],
    ])
  })

  it('names the line of a row with too many values', async () => {
    const result = await readCsv('Vorname;Nachname\nAnna;Beispiel\nBen;Muster;zu viel\n')
    expect(isImportError(result) && result.line).toBe(3)
  })
})

describe('readCsv on long files', () => {
  const file = (rows: number) => `Vorname;Nachname\n${'Anna;Beispiel\n'.repeat(rows)}`

  it('reads a file of the most rows allowed', async () => {
    expect((await table(file(maxRows))).rows).toHaveLength(maxRows)
  })

  it('stops at the first row over the limit', async () => {
    expect(await readCsv(file(maxRows + 1))).toBe(tooManyRows)
  })
})

describe('parseBerlinTime', () => {
  it('reads Berlin summer and winter time into UTC', () => {
    expect(parseBerlinTime('2027-04-22 09:30')).toBe('2027-04-22T07:30:00.000Z')
    expect(parseBerlinTime('2027-01-12 09:30')).toBe('2027-01-12T08:30:00.000Z')
  })

  it('reads the German way of writing dates', () => {
    expect(parseBerlinTime('22.04.2027 09:30')).toBe('2027-04-22T07:30:00.000Z')
    expect(parseBerlinTime('2.5.2027 14:00 Uhr')).toBe('2027-05-02T12:00:00.000Z')
  })

  it('refuses what is no real time', () => {
    for (const text of ['2027-04-31 09:30', '2027-04-22', 'morgen früh', '2027-04-22 25:00', '2027-03-28 02:30']) {
      expect(parseBerlinTime(text)).toBeUndefined()
    }
  })
})

describe('mapSpeakerRows', () => {
  it('maps German and English headers to the speaker fields and reports ignored columns', async () => {
    const mapped = await mapSpeakerRows(await table('Titel;Vorname;Nachname;E-Mail\nDr.;Anna;Beispiel;a@example.org\n'), await i18nIn('de'))
    if (Array.isArray(mapped)) throw new Error('refused')
    expect(mapped.rows[0]).toMatchObject({ data: { familyName: 'Beispiel', givenName: 'Anna', honorific: 'Dr.' }, title: 'Dr. Anna Beispiel' })
    expect(mapped.columns.ignored).toEqual(['E-Mail'])
    expect(await mapSpeakerRows(await table('firstName,lastName\nAnna,Beispiel\n'), await i18nIn('en'))).toMatchObject({ errors: [] })
  })

  it('names a missing required column, and every empty required cell with its line', async () => {
    expect(await mapSpeakerRows(await table('Vorname;Funktion\nAnna;Leitung\n'), await i18nIn('de'))).toEqual([
      { field: 'Nachname', line: 1, message: 'Die Spalte „Nachname“ fehlt.' },
    ])
    const mapped = await mapSpeakerRows(await table('Vorname;Nachname\nAnna;Beispiel\n;Muster\nBen;\n'), await i18nIn('en'))
    if (Array.isArray(mapped)) throw new Error('refused')
    expect(mapped.errors).toEqual([
      { field: 'Vorname', line: 3, message: 'This field is required.' },
      { field: 'Nachname', line: 4, message: 'This field is required.' },
    ])
  })
})

describe('mapSessionRows', () => {
  const header = 'Veranstaltung;Titel;Beginn;Ende;Raum;Art;Referierende\n'

  it('turns Berlin times into UTC, kinds by label into values and splits the people', async () => {
    const mapped = await mapSessionRows(
      await table(`${header}symposium;Eröffnung;2027-04-22 09:30;2027-04-22 10:00;Saal 1;Begrüßung;anna-beispiel | Ben Muster\n`),
      await i18nIn('de'),
    )
    if (Array.isArray(mapped)) throw new Error('refused')
    expect(mapped.errors).toEqual([])
    expect(mapped.rows[0]).toMatchObject({
      data: { end: '2027-04-22T08:00:00.000Z', kind: 'welcome', room: 'Saal 1', start: '2027-04-22T07:30:00.000Z' },
      event: 'symposium',
      speakers: ['anna-beispiel', 'Ben Muster'],
    })
  })

  it('reports a bad time, an unknown kind and an end before the start with line and column', async () => {
    const mapped = await mapSessionRows(
      await table(
        `${header}s;A;2027-04-22 09:30;2027-04-22 10:00;;Vortrag;\n` +
          `s;B;22.04.2027 9 Uhr;2027-04-22 10:00;;Tanz;\n` +
          `s;C;2027-04-22 11:00;2027-04-22 10:00;;;\n`,
      ),
      await i18nIn('en'),
    )
    if (Array.isArray(mapped)) throw new Error('refused')
    expect(mapped.errors.map(({ field, line }) => [line, field])).toEqual([
      [3, 'Beginn'],
      [3, 'Art'],
      [4, 'Ende'],
    ])
    expect(mapped.errors[1].message).toMatch(/“Tanz” is not an allowed value; allowed: welcome \(Welcome\)/)
  })
})

describe('matchReference', () => {
  const speakers = [
    { id: 1, name: 'Prof. Dr. Anna Beispiel', slug: 'anna-beispiel' },
    { id: 2, name: 'Ben Muster', slug: 'ben-muster' },
    { id: 3, name: 'Ben Muster', slug: 'ben-muster-2' },
  ]

  it('finds a person by slug, by name in any case, or by the slug of the name', () => {
    expect(matchReference('ben-muster-2', speakers).map(({ id }) => id)).toEqual([3])
    expect(matchReference('prof. dr. anna beispiel', speakers).map(({ id }) => id)).toEqual([1])
    expect(matchReference('Anna Beispiel', speakers).map(({ id }) => id)).toEqual([1])
  })

  it('returns every namesake, and nobody for an unknown name', () => {
    expect(matchReference('Ben Muster', speakers)).toHaveLength(2)
    expect(matchReference('Carla Neu', speakers)).toEqual([])
  })
})
