import { coreIO } from './core-io.js'
import { pendingRunIds } from './post-state.js'

// The post step runs after every job step; almost always there is nothing to stop, and then it loads nothing more.
const io = coreIO()
const runIds = pendingRunIds(io)
if (runIds.length) await (await import('./cleanup.js')).cleanup(io, runIds)
