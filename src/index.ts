import { coreIO } from './core-io.js'
import { run } from './main.js'

/**
 * Entry point of the main step. SIGINT/SIGTERM (a cancelled job) abort the step, which then cancels the run it
 * created before exiting; a second signal exits at once, and the post step is the backstop.
 */
const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) process.exit(1)
    controller.abort()
  })
}

await run(coreIO(), { signal: controller.signal })
