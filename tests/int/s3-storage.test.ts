/**
 * Uploads in an S3-compatible bucket (S3_* set): a real S3 server on 127.0.0.1 (s3rver) holds
 * them, Payload serves them from there, and nothing lands in the instance's own folder, so every
 * instance pointed at the same database and bucket serves the same files.
 */
import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CreateBucketCommand, DeleteBucketCommand, DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import { REST_GET } from '@payloadcms/next/routes'

import { countDocs, pdfFile, pngFile, removeMedia } from '../helpers/fixtures'
import { type ApiContext, startApi } from '../helpers/rest'
import { type S3Server, startS3Server } from '../helpers/s3Server'

let s3: S3Server
let ctx: ApiContext

beforeAll(async () => {
  s3 = await startS3Server()
  Object.assign(process.env, s3.env)
  ctx = await startApi()
})

afterAll(async () => {
  if (ctx) await removeMedia(ctx.payload)
  await ctx?.close()
  await s3?.close()
  for (const name of Object.keys(s3?.env ?? {})) delete process.env[name]
})

const keysInBucket = async (): Promise<string[]> => {
  const { Contents = [] } = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))
  return Contents.map(({ Key }) => Key as string).sort()
}

const objectBytes = async (key: string): Promise<Buffer> => {
  const { Body } = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))
  return Buffer.from((await Body?.transformToByteArray()) ?? [])
}

/** A file as a visitor's browser fetches it from the site, headers and bytes. */
const fetchFromSite = async (url: string): Promise<{ bytes: Buffer; status: number; type: string | null }> => {
  const request = new URL(url, 'http://localhost:3000')
  const slug = request.pathname.slice('/api/'.length).split('/').map(decodeURIComponent)
  const response = await REST_GET(ctx.config)(new Request(request), { params: Promise.resolve({ slug }) })
  return { bytes: Buffer.from(await response.arrayBuffer()), status: response.status, type: response.headers.get('content-type') }
}

const filesOnDisk = (): string[] => (process.env.MEDIA_DIR && fs.existsSync(process.env.MEDIA_DIR) ? fs.readdirSync(process.env.MEDIA_DIR) : [])

describe('uploads in an S3-compatible bucket', () => {
  it('keeps an image uploaded over REST and its smaller sizes in the bucket, none in the instance’s folder', async () => {
    const file = await pngFile(800, 600)
    const { body, status } = await ctx.api.request('POST', '/api/media', { body: { alt: 'Blick auf den Rhein' }, file, token: ctx.tokens.editor })
    expect(status).toBe(201)
    const image = body.doc
    const { card, thumbnail } = image.sizes
    expect(await keysInBucket()).toEqual([image.filename, card.filename, thumbnail.filename].sort())
    expect(await objectBytes(image.filename)).toEqual(file.data)
    expect(filesOnDisk()).toEqual([])
  })

  it('serves an image and its sizes from the bucket at their URLs, byte for byte', async () => {
    const image = await ctx.payload.create({ collection: 'media', data: { alt: 'Rathaus' }, file: await pngFile(700, 400) })
    const thumbnail = image.sizes?.thumbnail
    expect(image.url).toBe(`/api/media/file/${image.filename}`)
    const original = await fetchFromSite(image.url as string)
    expect(original).toMatchObject({ status: 200, type: 'image/png' })
    expect(original.bytes).toEqual(await objectBytes(image.filename as string))
    const small = await fetchFromSite(thumbnail?.url as string)
    expect(small).toMatchObject({ status: 200, type: 'image/png' })
    expect(small.bytes).toEqual(await objectBytes(thumbnail?.filename as string))
  })

  it('serves a PDF, which has no sizes', async () => {
    const file = pdfFile()
    const pdf = await ctx.payload.create({ collection: 'media', data: { caption: 'Programmheft' }, file })
    expect(await objectBytes(pdf.filename as string)).toEqual(file.data)
    expect(await fetchFromSite(pdf.url as string)).toMatchObject({ bytes: file.data, status: 200, type: 'application/pdf' })
  })

  it('answers 404 for a file the bucket does not hold', async () => {
    expect((await fetchFromSite('/api/media/file/not-uploaded.png')).status).toBe(404)
  })

  it('removes the image and its sizes from the bucket when its document is deleted', async () => {
    const image = await ctx.payload.create({ collection: 'media', data: { alt: 'Gleich weg' }, file: await pngFile(640, 480) })
    const keys = [image.filename, image.sizes?.card?.filename, image.sizes?.thumbnail?.filename] as string[]
    expect(await keysInBucket()).toEqual(expect.arrayContaining(keys))
    const { status } = await ctx.api.delete(`/api/media/${image.id}`, ctx.tokens.editor)
    expect(status).toBe(200)
    const left = await keysInBucket()
    expect(keys.filter((key) => left.includes(key))).toEqual([])
    expect((await fetchFromSite(`/api/media/file/${image.filename}`)).status).toBe(404)
  })

  it('keeps no document of an upload the bucket did not take', async () => {
    const keys = await keysInBucket()
    if (keys.length) await s3.client.send(new DeleteObjectsCommand({ Bucket: s3.bucket, Delete: { Objects: keys.map((Key) => ({ Key })) } }))
    await s3.client.send(new DeleteBucketCommand({ Bucket: s3.bucket }))
    try {
      const file = await pngFile(320, 240)
      const { status } = await ctx.api.request('POST', '/api/media', { body: { alt: 'Kein Eimer' }, file, token: ctx.tokens.editor })
      expect(status).toBe(500)
      expect(await countDocs(ctx.payload, 'media', { filename: { equals: file.name } })).toBe(0)
    } finally {
      await s3.client.send(new CreateBucketCommand({ Bucket: s3.bucket }))
    }
  })
})
