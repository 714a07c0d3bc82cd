import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DatabaseUrlError, databaseAdapter, redact } from '../../frontend/config/database'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'programm-unit-'))

afterAll(() => fs.rmSync(tmp, { force: true, recursive: true }))

describe('redact', () => {
  it('hides the password of a connection string', () => {
    expect(redact('postgres://programm:hunter2@db.example.org:5432/programm')).toBe(
      'postgres://programm:***@db.example.org:5432/programm',
    )
    expect(redact('mongodb+srv://app:p%40ss@cluster0.example.net/programm')).toBe(
      'mongodb+srv://app:***@cluster0.example.net/programm',
    )
  })

  it('leaves a URL without a password as it is', () => {
    expect(redact('postgres://postgres@127.0.0.1:5432/test')).toBe('postgres://postgres@127.0.0.1:5432/test')
    expect(redact('file:./data/programm.db')).toBe('file:./data/programm.db')
  })
})

describe('databaseAdapter', () => {
  const refusal = (url: string): Error => {
    try {
      databaseAdapter(url, tmp)
    } catch (error) {
      return error as Error
    }
    throw new Error(`${url} was accepted`)
  }

  it('refuses an unknown scheme with one line that lists the supported ones', () => {
    const error = refusal('mysql://x')
    expect(error).toBeInstanceOf(DatabaseUrlError)
    expect(error.message).not.toContain('\n')
    expect(error.message).toContain('mysql://x')
    for (const scheme of ['file:', 'postgres://', 'postgresql://', 'mongodb://', 'mongodb+srv://']) {
      expect(error.message).toContain(scheme)
    }
  })

  it('does not print the password of a refused URL', () => {
    expect(refusal('mysql://programm:hunter2@db.example.org/programm').message).not.toContain('hunter2')
  })

  it('opens SQLite for a file: URL and creates its folder', () => {
    expect(databaseAdapter('file:./nested/programm.db', tmp).name).toBe('sqlite')
    expect(fs.statSync(path.join(tmp, 'nested')).isDirectory()).toBe(true)
  })

  it('opens PostgreSQL for postgres:// and postgresql://', () => {
    expect(databaseAdapter('postgres://postgres@127.0.0.1:5432/programm', tmp).name).toBe('postgres')
    expect(databaseAdapter('postgresql://postgres@127.0.0.1:5432/programm', tmp).name).toBe('postgres')
  })

  it('opens MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(databaseAdapter('mongodb://127.0.0.1:27017/programm', tmp).name).toBe('mongoose')
    expect(databaseAdapter('mongodb+srv://cluster0.example.net/programm', tmp).name).toBe('mongoose')
  })

  it('turns a failed connection into one line with the redacted URL', async () => {
    const adapter = databaseAdapter('postgres://programm:hunter2@127.0.0.1:1/programm', tmp)
    const logger = { error: () => undefined, info: () => undefined, warn: () => undefined }
    const payload = { config: { collections: [], globals: [], localization: false }, logger }
    const instance = adapter.init({ payload: payload as never })
    // the adapter also rejects its start-up promise, which Payload would await
    void (instance as unknown as { initializing?: Promise<void> }).initializing?.catch(() => undefined)
    const error = await instance.connect!().then(
      () => new Error('connected to a closed port'),
      (reason: unknown) => reason as Error,
    )
    expect(error).toBeInstanceOf(DatabaseUrlError)
    expect(error.message).toContain('postgres://programm:***@127.0.0.1:1/programm')
    expect(error.message).not.toContain('hunter2')
    expect(error.message).not.toContain('\n')
    expect(error.message).toContain('mongodb://')
  })
})
