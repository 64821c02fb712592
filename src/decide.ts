import { AWAITING_DECISION_STATUSES, TERMINAL_RUN_STATUSES, type Run } from './tfc/types.js'

/**
 * The plan phase is over when the server says the run can be confirmed, when it waits for a person, or when the
 * run has ended. A bare `planned` is not enough: cost estimation, policies or run tasks may still follow (§4.3).
 */
export function isPlanSettled(run: Run): boolean {
  return (
    TERMINAL_RUN_STATUSES.has(run.status) ||
    run.actions.isConfirmable ||
    AWAITING_DECISION_STATUSES.has(run.status) ||
    run.status === 'planned_and_saved'
  )
}

export function isTerminal(run: Run): boolean {
  return TERMINAL_RUN_STATUSES.has(run.status)
}

/**
 * What the step does with a run whose plan has settled. `code` names the rule that decided (callers switch on it,
 * never on the message); `fail` carries the reason the step fails, if it does.
 */
export type Decision =
  | { kind: 'apply'; code: 'apply'; reason: string; fail?: undefined }
  | { kind: 'discard'; code: 'destroy-refused' | 'awaiting-decision' | 'not-applied'; reason: string; fail?: string }
  | { kind: 'leave'; code: 'awaiting-decision' | 'left-for-confirmation' | 'saved'; reason: string; fail?: string }
  | {
      kind: 'none'
      code:
        | 'plan-errored'
        | 'canceled-elsewhere'
        | 'discarded-elsewhere'
        | 'policy-soft-failed'
        | 'checks-failed'
        | 'no-changes'
        | 'speculative'
        | 'applied-before-confirm'
        | 'applied-elsewhere'
        | 'unknown-status'
      reason: string
      fail?: string
    }

export interface DecisionInputs {
  /** The step created this run as a saved plan: it is kept for a later step, never applied or discarded here. */
  savePlan?: boolean
  apply: boolean
  allowDestroy: boolean
  discard: boolean
}

/** What a person has to do about a run that waits for a decision, by status. */
const AWAITING_ADVICE: Record<string, string> = {
  policy_override:
    'a soft-mandatory Sentinel policy failed; someone with "manage policy overrides" permission must override it on the run page before the run can be applied',
  tf_policy_override: 'a soft-mandatory policy failed; someone with "manage policy overrides" permission must override it on the run page',
  pre_plan_awaiting_decision: 'a mandatory pre-plan run task failed and waits for an override on the run page',
  post_plan_awaiting_decision: 'a mandatory post-plan run task or OPA policy failed and waits for an override on the run page',
  pre_apply_awaiting_decision: 'a mandatory pre-apply run task failed and waits for an override on the run page'
}

export function describeAwaiting(status: string): string {
  return AWAITING_ADVICE[status] ?? `the run waits for a decision (${status}) on the run page`
}

/**
 * Decides from the run's settled state and the number of resources the plan destroys (replacements included).
 * The server's `actions` flags are trusted over status lists: they never drift (tfc-api.md §4.4).
 */
export function decideAfterPlan(run: Run, destroys: number, inputs: DecisionInputs): Decision {
  switch (run.status) {
    case 'errored':
      return {
        kind: 'none',
        code: 'plan-errored',
        reason: 'The plan errored.',
        fail: 'The run errored during planning; see the errors in the job summary (or the end of the plan log) and the run page.'
      }
    case 'canceled':
    case 'force_canceled':
      return {
        kind: 'none',
        code: 'canceled-elsewhere',
        reason: 'The run was canceled.',
        fail: `The run was ${run.status === 'force_canceled' ? 'force-canceled' : 'canceled'} by someone else before this step acted on it.`
      }
    case 'discarded':
      return {
        kind: 'none',
        code: 'discarded-elsewhere',
        reason: 'The run was discarded.',
        fail: 'The run was discarded by someone else before this step acted on it.'
      }
    case 'policy_soft_failed':
      return {
        kind: 'none',
        code: 'policy-soft-failed',
        reason: 'A soft-mandatory policy failed.',
        fail: 'A soft-mandatory policy failed on this plan-only run; fix the configuration or the policy.'
      }
    case 'planned_and_finished':
      return run.planOnly
        ? { kind: 'none', code: 'speculative', reason: 'Speculative (plan-only) run: nothing to apply.' }
        : { kind: 'none', code: 'no-changes', reason: 'No changes: nothing to apply.' }
    case 'applied':
      return inputs.apply
        ? { kind: 'none', code: 'applied-before-confirm', reason: 'The run was applied before this step confirmed it.' }
        : {
            kind: 'none',
            code: 'applied-elsewhere',
            reason: 'The run was applied outside this step.',
            fail: 'The run was applied by someone or something else although `apply` is false.'
          }
  }

  // A saved plan is kept for the step that applies it, whatever status it is confirmable in (after a policy
  // override it can be `policy_override` → `post_plan_completed`, say): it never holds the queue, so never discard it.
  const saved = inputs.savePlan === true && run.savePlan
  if (saved && (run.status === 'planned_and_saved' || run.actions.isConfirmable)) {
    return {
      kind: 'leave',
      code: 'saved',
      reason:
        "Saved the plan: a later step applies exactly this run (`run: reviewed` after the merge, or `run:` with its ID). It does not hold the workspace's queue, and HCP Terraform discards it if another run applies first."
    }
  }

  if (AWAITING_DECISION_STATUSES.has(run.status)) {
    const advice = describeAwaiting(run.status)
    const fail = `The run needs a decision: ${advice}.`
    return inputs.discard && run.actions.isDiscardable && !saved
      ? {
          kind: 'discard',
          code: 'awaiting-decision',
          reason: `Discarded so it does not hold the workspace's queue: ${advice}. Set \`discard: false\` to leave such runs for a person to decide.`,
          fail
        }
      : { kind: 'leave', code: 'awaiting-decision', reason: `Left for a person: ${advice}.`, fail }
  }

  if (run.actions.isConfirmable) {
    if (destroys > 0 && inputs.apply && !inputs.allowDestroy) {
      const what = destroys === 1 ? '1 resource' : `${destroys} resources`
      return {
        kind: 'discard',
        code: 'destroy-refused',
        reason: `Not applied: the plan destroys or replaces ${what} and \`allow-destroy\` is false.`,
        fail: `The plan destroys or replaces ${what}; this step applies such plans only with \`allow-destroy: true\`. The run was discarded.`
      }
    }
    if (inputs.apply) return { kind: 'apply', code: 'apply', reason: 'Applying: `apply` is true.' }
    return inputs.discard
      ? {
          kind: 'discard',
          code: 'not-applied',
          reason: "Discarded: `apply` is false, and `discard` is true so the run does not hold the workspace's queue."
        }
      : { kind: 'leave', code: 'left-for-confirmation', reason: 'Left for confirmation in the UI: `apply` and `discard` are false.' }
  }

  return {
    kind: 'none',
    code: 'unknown-status',
    reason: `The run stopped in status ${run.status}.`,
    fail: `The run is in status ${run.status}, which this step does not know how to finish; see the run page.`
  }
}

/**
 * Pause before the next poll: fast at first so a short plan is noticed within about a second or two, then slower,
 * reaching `capMs` after a couple of minutes (a 20-minute plan costs about 140 reads at the 10 s default).
 */
export function nextPollDelay(elapsedMs: number, capMs: number): number {
  return Math.min(capMs, 1000 + elapsedMs / 15)
}
