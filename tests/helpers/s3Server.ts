import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import S3rver from '@20minutes/s3rver'
import { S3Client } from '@aws-sdk/client-s3'

export type S3Server = {
  bucket: string
  /** A client of its own, to look into the bucket past Payload. */
  client: S3Client
  /** The S3_* variables that point the site at this server. */
  env: Record<string, string>
  close: () => Promise<void>
}

/** s3rver's fixed account: it checks every request's signature against it. */
const account = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

/** A real S3-compatible server on 127.0.0.1 (s3rver), on a free port, keeping its objects in a temporary folder. */
export const startS3Server = async (bucket = 'programm-media'): Promise<S3Server> => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'programm-s3-'))
  const server = new S3rver({ address: '127.0.0.1', configureBuckets: [{ name: bucket }], directory, port: 0, silent: true })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const region = 'us-east-1'
  const client = new S3Client({ credentials: account, endpoint, forcePathStyle: true, region })
  // s3rver checks a bucket request's signature against its path without the SDK's trailing slash
  // (`/bucket/` of a listing), so such a request is sent without it; Payload never lists
  client.middlewareStack.add(
    (next) => (args) => {
      const { request } = args as { request: { path: string } }
      request.path = request.path.replace(/(.)\/$/, '$1')
      return next(args)
    },
    { step: 'build' },
  )
  return {
    bucket,
    client,
    env: {
      S3_ACCESS_KEY_ID: account.accessKeyId,
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: region,
      S3_SECRET_ACCESS_KEY: account.secretAccessKey,
    },
    close: async () => {
      client.destroy()
      await server.close()
      fs.rmSync(directory, { force: true, recursive: true })
    },
  }
}
