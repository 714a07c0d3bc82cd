import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'

/** One Payload instance per server process, shared by every loader. */
export const payloadClient = cache(() => getPayload({ config }))
