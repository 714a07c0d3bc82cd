// Preloaded (node --import) by the npm scripts that run TypeScript through `payload run`.
// libsql's native calls and the loading of the config do not keep Node's event loop alive, so
// without a timer Node can end such a script halfway with exit code 0 and no output. The
// scripts end themselves with process.exit.
setInterval(() => undefined, 60_000)
