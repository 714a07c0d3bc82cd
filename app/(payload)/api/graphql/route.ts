/* Payload's generated GraphQL route, behind the plugin's door: a body that is no JSON object is refused before Payload parses it. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { refuseBadRequests } from '@difu/programm'

export const POST = refuseBadRequests(config, GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
