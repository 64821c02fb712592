/**
 * Whether the step comments on the pull request. Apart from the comment itself (loaded only when there is one to
 * write), so a step that does not comment never loads what commenting needs.
 */

/** `comment: auto` posts on pull-request events only. */
export function shouldComment(mode: 'auto' | 'true' | 'false', eventName: string | undefined): boolean {
  if (mode === 'false') return false
  if (mode === 'true') return true
  return eventName === 'pull_request' || eventName === 'pull_request_target'
}
