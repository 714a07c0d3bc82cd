// Preloaded (node --import) by the npm scripts that run TypeScript through `payload run`.
// On Node 20, `payload run` sometimes stalls while loading a script: with nothing keeping the
// event loop alive Node then ends it halfway with exit code 0 and no output. This timer keeps the
// process alive and, should a script hang, ends it with an error instead. Scripts end themselves
// with process.exit long before.
const limitSeconds = Number(process.env.SCRIPT_TIME_LIMIT_SECONDS) || 300

setTimeout(() => {
  console.error(`Script stopped: it did not finish within ${limitSeconds} s (SCRIPT_TIME_LIMIT_SECONDS).`)
  process.exit(1)
}, limitSeconds * 1000)
