import path from 'node:path'
import type { Config, Plugin } from 'payload'

/**
 * Where uploads are kept: `MEDIA_DIR` when set, otherwise Payload's default (`media/` beside the
 * config). Several instances of the site must all read and write the same folder (README
 * "Production"): one machine's folder, or a shared mount when the instances run on several.
 * Relative paths count from the working directory, as a shell user expects.
 */
export const mediaDir =
  (dir: string | undefined = process.env.MEDIA_DIR): Plugin =>
  (config: Config): Config => {
    if (!dir) return config
    const staticDir = path.resolve(dir)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collection.slug === 'media' && collection.upload
          ? { ...collection, upload: { ...(collection.upload === true ? {} : collection.upload), staticDir } }
          : collection,
      ),
    }
  }
