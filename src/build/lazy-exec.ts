/**
 * Stands in for `@actions/exec` in the bundle (tsconfig `paths`, which ncc follows). `@actions/core` imports it at
 * the top for `platform.getDetails()`, which this action never calls, and with it `@actions/io` and
 * `child_process`: code every step would load for nothing, the post step above all. The real module is loaded on
 * first use.
 */
import type * as Real from '../../node_modules/@actions/exec/lib/exec.js'

const load = (): Promise<typeof Real> => import('../../node_modules/@actions/exec/lib/exec.js')

export async function exec(...args: Parameters<typeof Real.exec>): ReturnType<typeof Real.exec> {
  return (await load()).exec(...args)
}

export async function getExecOutput(...args: Parameters<typeof Real.getExecOutput>): ReturnType<typeof Real.getExecOutput> {
  return (await load()).getExecOutput(...args)
}
