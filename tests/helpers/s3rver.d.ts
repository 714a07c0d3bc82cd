/** The little of @20minutes/s3rver (no type declarations of its own) that the tests use. */
declare module '@20minutes/s3rver' {
  import type { AddressInfo } from 'node:net'

  type Options = {
    address?: string
    configureBuckets?: { name: string }[]
    directory?: string
    port?: number
    silent?: boolean
  }

  export default class S3rver {
    constructor(options: Options)
    run(): Promise<AddressInfo>
    close(): Promise<void>
  }
}
