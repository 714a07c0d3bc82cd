import type { Access } from 'payload'

/** Nobody through the API: only the site's own server code writes these (with overrideAccess). */
export const nobody: Access = () => false
