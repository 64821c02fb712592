import * as core from '@actions/core'
import type { ActionIO } from './runtime.js'

/** The production ActionIO: the GitHub runner's protocol through @actions/core. */
export function coreIO(): ActionIO {
  return {
    getInput: name => core.getInput(name),
    env: process.env,
    setSecret: secret => core.setSecret(secret),
    setOutput: (name, value) => core.setOutput(name, value),
    saveState: (name, value) => core.saveState(name, value),
    getState: name => core.getState(name),
    debug: message => core.debug(message),
    info: message => core.info(message),
    warning: message => core.warning(message),
    group: (name, fn) => core.group(name, fn),
    appendSummary: async markdown => {
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown).write()
    },
    setFailed: message => core.setFailed(message),
    annotate: ({ level, message, ...properties }) => {
      // @actions/core escapes the message and every property as the runner requires (addendum §4.4).
      if (level === 'error') core.error(message, properties)
      else if (level === 'warning') core.warning(message, properties)
      else core.notice(message, properties)
    }
  }
}
