// Payload stops any start outside production when its installed packages differ in version, and
// storage-s3 exists only as 3.90.1. The site's config switches that check off and makes its own
// (frontend/config/payloadVersions.ts); the tests' own host configs start Payload without it.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
