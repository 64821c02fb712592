/**
 * Everything that talks to GitHub, in one chunk of the bundle that `main` loads only when a comment is due or a
 * reviewed plan is looked for (Octokit is most of it). Two dynamic imports would put the comment code in two chunks.
 */
import * as realHttpClient from '../../node_modules/@actions/http-client/lib/index.js'
import { useRealHttpClient } from '../build/lazy-http-client.js'

// Octokit's proxy support needs the real HTTP client; it comes with this chunk, not with the action's start-up.
useRealHttpClient(realHttpClient)

export { StickyComment } from './comment.js'
export { findReviewedPlan, findReviewedSet } from './reviewed.js'

/** An Octokit for other GitHub calls; imported here, after the real HTTP client is in place (a static re-export would run first). */
export async function octokitFor(token: string, baseUrl: string): Promise<ReturnType<typeof import('@actions/github').getOctokit>> {
  const { getOctokit } = await import('@actions/github')
  return getOctokit(token, { baseUrl })
}
