import * as core from '@actions/core'
import { createRequire } from 'node:module'
import type { ActionIO } from './runtime.js'
import { guardedLines, neutralised } from './workflow-commands.js'

/** An unguessable token for `::stop-commands::`; Node's crypto is loaded only when a line needs one. */
function stopToken(): string {
  return (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomBytes(16).toString('hex')
}

/**
 * The production ActionIO: the GitHub runner's protocol through @actions/core. Every message may carry untrusted
 * text (a plan's log, a file name, an API's error), so none reaches the runner as a command: plain lines are
 * printed with command processing stopped around them, and commands' own text is neutralised
 * (workflow-commands.ts). The action's own commands (masks, groups, outputs, annotations) still work.
 */
export function coreIO(): ActionIO {
  return {
    getInput: name => core.getInput(name),
    env: process.env,
    setSecret: secret => core.setSecret(secret),
    setOutput: (name, value) => core.setOutput(name, value),
    saveState: (name, value) => core.saveState(name, value),
    getState: name => core.getState(name),
    debug: message => core.debug(neutralised(message)),
    info: message => {
      for (const line of guardedLines(message, stopToken)) core.info(line)
    },
    warning: message => core.warning(neutralised(message)),
    group: (name, fn) => core.group(neutralised(name), fn),
    appendSummary: async markdown => {
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown).write()
    },
    setFailed: message => core.setFailed(neutralised(message)),
    annotate: ({ level, message, ...properties }) => {
      // @actions/core escapes the message and every property as the runner requires (addendum §4.4); what it does
      // not escape (`##[`, and `::` in the message) is neutralised here.
      const safe = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, typeof v === 'string' ? neutralised(v) : v]))
      if (level === 'error') core.error(neutralised(message), safe)
      else if (level === 'warning') core.warning(neutralised(message), safe)
      else core.notice(neutralised(message), safe)
    }
  }
}
