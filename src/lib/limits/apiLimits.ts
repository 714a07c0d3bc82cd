/**
 * How much one API request may ask of the server (README, "Limits of the API"). A visitor needs
 * no account to read, so every number bounds what an anonymous request can make the server do.
 */
export const apiLimits = {
  /** Documents per page: REST and GraphQL `limit`, a join's `limit`; `limit=0` and `pagination=false` get this many. */
  maxLimit: 100,
  /** Relationship levels filled in (REST `depth`; Payload's `maxDepth`). The site's own pages need 2. */
  maxDepth: 2,
  /** Nested fields in a GraphQL query. An event's programme with speakers and organisations needs 8. */
  graphQLDepth: 10,
  /**
   * What a GraphQL query may cost: one per field, multiplied by the documents a list may return
   * (its `limit`, or the largest page). An event's whole programme with speakers costs about 500.
   */
  graphQLCost: 10_000,
  /** Payload's own count (one per field, ten per relationship, not multiplied): bounds aliases and width. */
  graphQLComplexity: 1000,
} as const
