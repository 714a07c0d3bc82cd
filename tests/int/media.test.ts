import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { countDocs, isStored, pdfFile, pngFile, removeMedia } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startPayload()
})

afterAll(async () => {
  if (ctx) await removeMedia(ctx.payload)
  await ctx?.close()
})

describe('media', () => {
  it('stores an uploaded image with its dimensions and the smaller sizes it fits', async () => {
    const { payload } = ctx
    const file = await pngFile(800, 600)
    const image = await payload.create({ collection: 'media', data: { alt: 'Blick auf den Rhein' }, file })
    expect(image).toMatchObject({ alt: 'Blick auf den Rhein', height: 600, mimeType: 'image/png', width: 800 })
    expect(image.filename).toMatch(/\.png$/)
    expect(image.url).toContain(image.filename)
    expect(image.sizes?.thumbnail).toMatchObject({ height: 225, width: 300 })
    expect(image.sizes?.card).toMatchObject({ height: 480, width: 640 })
    // an 800 px image is not blown up to the 1600 px hero size
    expect(image.sizes?.hero?.filename ?? null).toBeNull()
    expect(await payload.findByID({ collection: 'media', id: image.id })).toMatchObject({ alt: 'Blick auf den Rhein' })
  })

  it('stores a PDF', async () => {
    const { payload } = ctx
    const file = pdfFile()
    const pdf = await payload.create({ collection: 'media', data: { caption: 'Programmheft' }, file })
    expect(pdf).toMatchObject({ caption: 'Programmheft', filesize: file.size, mimeType: 'application/pdf' })
    expect(pdf.width ?? null).toBeNull()
  })

  it('updates the text of a file and deletes it', async () => {
    const { payload } = ctx
    const image = await payload.create({ collection: 'media', data: { alt: 'Alt' }, file: await pngFile(40, 30) })
    const updated = await payload.update({ collection: 'media', data: { credit: 'Foto: Difu' }, id: image.id })
    expect(updated).toMatchObject({ alt: 'Alt', credit: 'Foto: Difu', filename: image.filename })
    await payload.delete({ collection: 'media', id: image.id })
    expect(await isStored(payload, 'media', image.id)).toBe(false)
  })

  it('refuses a file type other than images and PDFs', async () => {
    const { payload } = ctx
    const data = Buffer.from('name,city\nDifu,Berlin\n')
    const file = { data, mimetype: 'text/csv', name: `list-${process.pid}.csv`, size: data.length }
    await expect(payload.create({ collection: 'media', data: {}, file })).rejects.toThrow()
    expect(await countDocs(payload, 'media', { mimeType: { equals: 'text/csv' } })).toBe(0)
  })
})
