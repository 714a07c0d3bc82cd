/** `npm run cluster:down`: stops everything `npm run cluster:up` started (see cluster.mjs). */
import { readState, stopCluster } from './cluster.mjs'

const state = readState()
if (!state) {
  console.log('No local cluster is recorded (tmp/cluster/cluster.json); nothing to stop.')
} else {
  await stopCluster(state)
  console.log('Local cluster stopped: instances, jobs worker and nginx.')
}
