/**
 * Everything that talks to GitHub, in one chunk of the bundle that `main` loads only when a comment is due or a
 * reviewed plan is looked for (Octokit is most of it). Two dynamic imports would put the comment code in two chunks.
 */
export { StickyComment } from './comment.js'
export { findReviewedPlan } from './reviewed.js'
