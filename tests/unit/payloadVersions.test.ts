/**
 * Payload's own check of one version across its packages is replaced by the site's, which holds
 * storage-s3 and plugin-cloud-storage at their newest release instead (no 3.90.2 exists).
 */
import { describe, expect, it } from '@jest/globals'

import { checkPayloadVersions } from '../../frontend/config/payloadVersions'

describe('Payload package versions', () => {
  it('accept what package.json installs', async () => {
    await expect(checkPayloadVersions()).resolves.toBeUndefined()
  })
})
