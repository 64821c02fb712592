import { createHash } from 'node:crypto'

/**
 * The hidden marker that identifies this action's comment for one (host, organization, workspace, comment-key)
 * and carries the state of the run it last showed. Versioned so a future format can tell old comments apart.
 */
export const MARKER_PREFIX = '<!-- tfe-run-action:v1'

export interface CommentState {
  run: string
  /** The pull request's head commit the run was for. */
  sha: string
  /** The run's created-at: a later run always wins over an earlier one. */
  created: string
  status: string
}

export function commentKey(host: string, organization: string, workspace: string, extra: string): string {
  return createHash('sha256')
    .update(JSON.stringify([host, organization, workspace, extra]))
    .digest('hex')
    .slice(0, 20)
}

/** A hidden line's payload: base64url cannot contain `--` or `>`, so nothing in it can end the HTML comment early. */
function encoded(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

/** The payload back, or undefined when it is not base64url JSON. */
function decoded(payload: string): unknown {
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}

/** A run's ID as HCP Terraform makes them: anything else in a comment is not believed, used or printed. */
export const RUN_ID = /^run-[A-Za-z0-9]{1,64}$/

/**
 * Whether a decoded value has the shape of a run's state (a comment's text is anyone's to write: any workflow with
 * `pull-requests: write` can post one, so the run ID is checked against its shape before it is used or printed).
 */
function isCommentState(value: unknown): value is CommentState {
  const state = value as Partial<CommentState> | null | undefined
  return (
    typeof state?.run === 'string' &&
    RUN_ID.test(state.run) &&
    typeof state.created === 'string' &&
    (state.sha === undefined || (typeof state.sha === 'string' && /^[0-9a-f]{0,64}$/.test(state.sha))) &&
    (state.status === undefined || (typeof state.status === 'string' && /^[a-z_]{0,40}$/.test(state.status)))
  )
}

export function marker(key: string, state: CommentState): string {
  return `${MARKER_PREFIX} key=${key} state=${encoded(state)} -->`
}

export function findsKey(body: string, key: string): boolean {
  return body.startsWith(`${MARKER_PREFIX} key=${key} `)
}

export function readState(body: string): CommentState | undefined {
  const match = /^<!-- tfe-run-action:v1 key=\w+ state=([A-Za-z0-9_-]+) -->/.exec(body)
  const state = match ? decoded(match[1]) : undefined
  return isCommentState(state) ? state : undefined
}

/** How far ahead of now a run's creation time may be and still be believed (clocks differ a little). */
const CLOCK_SKEW_MS = 5 * 60_000

/**
 * True when the comment already shows a newer run than ours: an older run must not overwrite it. A creation time
 * in the future (later than now and than our own run's) is no run's: it would freeze the comment for every later
 * plan step, so it is not believed.
 */
export function isNewer(existing: CommentState, ours: CommentState, now: number): boolean {
  if (existing.run === ours.run) return false
  const theirs = Date.parse(existing.created)
  const latest = Math.max(now, Date.parse(ours.created) || 0) + CLOCK_SKEW_MS
  return theirs > Date.parse(ours.created) && theirs <= latest
}

/**
 * Several workspaces' comment also indexes the run it shows for each workspace, by the key that workspace's own
 * comment would have, so `run: reviewed` finds each reviewed run in it. A second hidden line, after the marker.
 */
const INDEX_PREFIX = '<!-- tfe-run-action:v1 runs='

export function indexMarker(index: Record<string, CommentState>): string {
  return `${INDEX_PREFIX}${encoded(index)} -->`
}

/** The index on the comment's second line (only there: nothing the report renders can stand in for it). */
export function readIndex(body: string): Record<string, CommentState> {
  const match = /^<!-- tfe-run-action:v1 runs=([A-Za-z0-9_-]+) -->$/.exec(body.split('\n', 2)[1] ?? '')
  const index = match ? decoded(match[1]) : undefined
  if (typeof index !== 'object' || index === null) return {}
  const entries: Array<[string, unknown]> = Object.entries(index)
  return Object.fromEntries(entries.filter((entry): entry is [string, CommentState] => isCommentState(entry[1])))
}
