import { envState, pendingRunIds } from './post-state.js'

// The post step runs after every job step; almost always there is nothing to stop, and then it loads nothing more:
// not even @actions/core, since the saved state is in its environment.
const runIds = pendingRunIds(envState(process.env))
if (runIds.length) {
  const { coreIO } = await import('./core-io.js')
  await (await import('./cleanup.js')).cleanup(coreIO(), runIds)
}
