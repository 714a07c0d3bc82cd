/*
 * Payload's generated REST route, behind the plugin's door (bad input refused before Payload
 * parses it), with GET answers to visitors kept until content changes.
 */
import { refuseBadRequests } from '@difu/programm'
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { cachedForVisitors } from '../../../../frontend/cache/visitorApiCache'

export const GET = refuseBadRequests(config, cachedForVisitors(REST_GET(config)))
export const POST = refuseBadRequests(config, REST_POST(config))
export const DELETE = refuseBadRequests(config, REST_DELETE(config))
export const PATCH = refuseBadRequests(config, REST_PATCH(config))
export const PUT = refuseBadRequests(config, REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
